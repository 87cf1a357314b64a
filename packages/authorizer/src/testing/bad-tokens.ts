import type { TokenContext } from "./token-context";
import { base64url, encodeJson, signHs256, signRs } from "./token-forge";

export type { TokenContext } from "./token-context";

/** One kind of bad Authorization value; `make` returns the whole header value. Every one must get 401. */
export interface BadTokenCase {
  readonly name: string;
  /** Why the authorizer must refuse it (matched against its log reason), so no case passes by accident. */
  readonly because: RegExp;
  /** False when no HTTP client can send the value as a header (e.g. a raw newline): replay it only against the handler. */
  readonly sendableOverHttp?: false;
  make(ctx: TokenContext): string;
}

const bearer = (token: string) => `Bearer ${token}`;
const segments = (jwt: string) => jwt.split(".") as [string, string, string];
/** Changes one character well inside the signature (the last one may hold only padding bits). */
const flipSignatureChar = (jwt: string) => {
  const at = jwt.length - 10;
  return jwt.slice(0, at) + (jwt[at] === "A" ? "B" : "A") + jwt.slice(at + 1);
};
const hour = 3600;

/**
 * The corpus. Forged tokens change ONE thing from a token the authorizer accepts (see the control
 * test), so each case proves that one check. Through the API Gateway emulator, cases that fail the
 * TOKEN validation regex get their 401 from the gateway without invoking the authorizer.
 */
export const badTokenCases: readonly BadTokenCase[] = [
  { name: "empty header", because: /no Authorization value/, make: () => "" },
  { name: "scheme only", because: /not `Bearer <jwt>`/, make: () => "Bearer " },
  { name: "missing scheme (raw token)", because: /not `Bearer <jwt>`/, make: (ctx) => ctx.user.accessToken },
  { name: "lowercase bearer scheme", because: /not `Bearer <jwt>`/, make: (ctx) => `bearer ${ctx.user.accessToken}` },
  { name: "another scheme (Basic)", because: /not `Bearer <jwt>`/, make: () => `Basic ${Buffer.from("ulla:secret").toString("base64")}` },
  { name: "two spaces after the scheme", because: /not `Bearer <jwt>`/, make: (ctx) => `Bearer  ${ctx.user.accessToken}` },
  { name: "trailing newline", because: /not `Bearer <jwt>`/, sendableOverHttp: false, make: (ctx) => `${bearer(ctx.user.accessToken)}\n` },
  { name: "non-JWT garbage", because: /not `Bearer <jwt>`/, make: () => bearer("not-a-jwt-at-all") },
  { name: "three segments of garbage", because: /Header is not a valid JSON/, make: () => bearer("abc.def.ghi") },
  { name: "truncated token", because: /not `Bearer <jwt>`|Invalid signature/, make: (ctx) => bearer(ctx.user.accessToken.slice(0, Math.floor(ctx.user.accessToken.length / 2))) },
  { name: "signature stripped (two segments)", because: /not `Bearer <jwt>`/, make: (ctx) => bearer(segments(ctx.user.accessToken).slice(0, 2).join(".")) },
  { name: "extra segment", because: /not `Bearer <jwt>`/, make: (ctx) => bearer(`${ctx.user.accessToken}.${base64url("more")}`) },
  { name: "header not JSON", because: /Header is not a valid JSON/, make: (ctx) => bearer([base64url("{not json"), ...segments(ctx.user.accessToken).slice(1)].join(".")) },
  { name: "payload not JSON", because: /Payload is not a valid JSON/, make: (ctx) => bearer([segments(ctx.user.accessToken)[0], base64url("]]]"), segments(ctx.user.accessToken)[2]].join(".")) },
  { name: "alg none, no signature", because: /not `Bearer <jwt>`/, make: (ctx) => bearer(`${encodeJson({ alg: "none", typ: "JWT" })}.${encodeJson(ctx.accessClaims())}.`) },
  {
    name: "alg none with the real signature kept",
    because: /algorithm not allowed: none/,
    make: (ctx) => bearer(`${encodeJson({ alg: "none", kid: "CognitoLocal" })}.${encodeJson(ctx.accessClaims())}.${segments(ctx.user.accessToken)[2]}`),
  },
  { name: "HS256 signed with the public key as secret", because: /algorithm not allowed: HS256/, make: (ctx) => bearer(signHs256({ alg: "HS256", kid: "CognitoLocal" }, ctx.accessClaims(), ctx.cognitoLocalPublicKeyPem)) },
  { name: "RS384 header on the RS256 key", because: /algorithm not allowed: RS384/, make: (ctx) => bearer(ctx.signAsCognitoLocal(ctx.accessClaims(), { alg: "RS384" })) },
  { name: "signed by another key under the real kid", because: /Invalid signature/, make: (ctx) => bearer(signRs({ alg: "RS256", kid: "CognitoLocal" }, ctx.accessClaims(), ctx.attacker.privateKey)) },
  { name: "unknown kid", because: /attacker-key|back off/, make: (ctx) => bearer(signRs({ alg: "RS256", kid: "attacker-key" }, ctx.accessClaims(), ctx.attacker.privateKey)) },
  { name: "no kid", because: /kid/, make: (ctx) => bearer(signRs({ alg: "RS256" }, ctx.accessClaims(), ctx.attacker.privateKey)) },
  { name: "embedded jwk header (attacker key)", because: /attacker-key|back off/, make: (ctx) => bearer(signRs({ alg: "RS256", kid: "attacker-key", jwk: ctx.attacker.publicJwk }, ctx.accessClaims(), ctx.attacker.privateKey)) },
  { name: "jku header pointing at an attacker JWKS", because: /attacker-key|back off/, make: (ctx) => bearer(signRs({ alg: "RS256", kid: "attacker-key", jku: "http://127.0.0.1:9/jwks.json" }, ctx.accessClaims(), ctx.attacker.privateKey)) },
  { name: "tampered payload (groups: admins)", because: /Invalid signature/, make: (ctx) => bearer([segments(ctx.user.accessToken)[0], encodeJson({ ...ctx.accessClaims(), "cognito:groups": ["admins"] }), segments(ctx.user.accessToken)[2]].join(".")) },
  { name: "tampered signature", because: /Invalid signature/, make: (ctx) => bearer(flipSignatureChar(ctx.user.accessToken)) },
  { name: "expired", because: /expired/, make: (ctx) => bearer(ctx.signAsCognitoLocal(ctx.accessClaims({ iat: ctx.nowSeconds() - 2 * hour, exp: ctx.nowSeconds() - hour }))) },
  { name: "no exp claim", because: /no exp claim/, make: (ctx) => bearer(ctx.signAsCognitoLocal(ctx.accessClaims({ exp: undefined }))) },
  { name: "exp as a string", because: /exp claim is not a number/, make: (ctx) => bearer(ctx.signAsCognitoLocal(ctx.accessClaims({ exp: String(ctx.nowSeconds() + hour) }))) },
  { name: "nbf in the future", because: /can't be used before/, make: (ctx) => bearer(ctx.signAsCognitoLocal(ctx.accessClaims({ nbf: ctx.nowSeconds() + hour }))) },
  { name: "iat in the future", because: /iat is in the future/, make: (ctx) => bearer(ctx.signAsCognitoLocal(ctx.accessClaims({ iat: ctx.nowSeconds() + hour, exp: ctx.nowSeconds() + 2 * hour }))) },
  { name: "no iat claim", because: /no iat claim/, make: (ctx) => bearer(ctx.signAsCognitoLocal(ctx.accessClaims({ iat: undefined }))) },
  { name: "wrong issuer (a real Cognito pool)", because: /Issuer not allowed/, make: (ctx) => bearer(ctx.signAsCognitoLocal(ctx.accessClaims({ iss: "https://cognito-idp.us-east-1.amazonaws.com/us-east-1_AbCdEfGhI" }))) },
  { name: "another pool on the same local Cognito", because: /Issuer not allowed/, make: (ctx) => bearer(ctx.signAsCognitoLocal(ctx.accessClaims({ iss: ctx.issuer.replace(ctx.userPoolId, "local_0ther9oo1") }))) },
  { name: "issuer with a trailing slash", because: /Issuer not allowed/, make: (ctx) => bearer(ctx.signAsCognitoLocal(ctx.accessClaims({ iss: `${ctx.issuer}/` }))) },
  { name: "no issuer", because: /Missing Issuer/, make: (ctx) => bearer(ctx.signAsCognitoLocal(ctx.accessClaims({ iss: undefined }))) },
  { name: "wrong client_id", because: /client_id/, make: (ctx) => bearer(ctx.signAsCognitoLocal(ctx.accessClaims({ client_id: "someotherappclient" }))) },
  { name: "ID token where an access token is required", because: /token_use is id/, make: (ctx) => bearer(ctx.user.idToken) },
  { name: "refresh token", because: /kid/, make: (ctx) => bearer(ctx.user.refreshToken) },
  { name: "no token_use claim", because: /token_use is undefined/, make: (ctx) => bearer(ctx.signAsCognitoLocal(ctx.accessClaims({ token_use: undefined }))) },
  { name: "no sub claim", because: /no sub claim/, make: (ctx) => bearer(ctx.signAsCognitoLocal(ctx.accessClaims({ sub: undefined }))) },
  { name: "cognito:groups not a list", because: /cognito:groups is not a list/, make: (ctx) => bearer(ctx.signAsCognitoLocal(ctx.accessClaims({ "cognito:groups": "admins" }))) },
  { name: "oversize (> 8 KB)", because: /too large/, make: (ctx) => bearer(ctx.signAsCognitoLocal(ctx.accessClaims({ padding: "x".repeat(8 * 1024) }))) },
  { name: "non-ASCII characters", because: /not `Bearer <jwt>`/, make: (ctx) => bearer(`é${ctx.user.accessToken.slice(1)}`) },
  { name: "disabled user's valid token", because: /disabled or deleted/, make: (ctx) => bearer(ctx.disabledUserAccessToken) },
  { name: "deleted user's valid token", because: /disabled or deleted/, make: (ctx) => bearer(ctx.deletedUserAccessToken) },
];
