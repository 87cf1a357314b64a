import type { JsonWebKey, KeyObject } from "node:crypto";
import { cognitoLocalSigningKey } from "./emulator-cognito";
import { attackerKeyPair, decodeClaims, signRs, type JwtClaims, type JwtHeader } from "./token-forge";

/**
 * What a bad-token case may use to build its Authorization value. Anything that can host the
 * authorizer (the handler here, the API Gateway emulator in the local stack) can build one.
 */
export interface TokenContext {
  readonly issuer: string;
  readonly userPoolId: string;
  readonly clientId: string;
  /** Real tokens of an active, ordinary user, issued by the local Cognito. */
  readonly user: { readonly accessToken: string; readonly idToken: string; readonly refreshToken: string };
  readonly disabledUserAccessToken: string;
  readonly deletedUserAccessToken: string;
  readonly cognitoLocalPublicKeyPem: string;
  readonly attacker: { readonly privateKey: KeyObject; readonly publicJwk: JsonWebKey };
  nowSeconds(): number;
  /** The active user's real access-token claims with a fresh iat/exp, plus overrides. */
  accessClaims(overrides?: JwtClaims): JwtClaims;
  /** Signs like the local Cognito does (its published key, kid CognitoLocal, RS256). */
  signAsCognitoLocal(claims: JwtClaims, header?: JwtHeader): string;
}

export interface TokenContextInput {
  cognito: { issuer: string; userPoolId: string; clientId: string };
  /** Tokens of an active user without the admins group, signed in with USER_PASSWORD_AUTH. */
  user: { accessToken: string; idToken: string; refreshToken: string };
  /** A signed-in user whose owner record has `disabled: true`. */
  disabledUserAccessToken: string;
  /** A signed-in user marked disabled and then deleted from Cognito (what the admin delete does). */
  deletedUserAccessToken: string;
}

/** Builds the context from a running local Cognito and its users (the local stack can build one too). */
export function createTokenContext(input: TokenContextInput): TokenContext {
  const key = cognitoLocalSigningKey();
  const realClaims = decodeClaims(input.user.accessToken);
  const nowSeconds = () => Math.floor(Date.now() / 1000);
  return {
    issuer: input.cognito.issuer,
    userPoolId: input.cognito.userPoolId,
    clientId: input.cognito.clientId,
    user: { accessToken: input.user.accessToken, idToken: input.user.idToken, refreshToken: input.user.refreshToken },
    disabledUserAccessToken: input.disabledUserAccessToken,
    deletedUserAccessToken: input.deletedUserAccessToken,
    cognitoLocalPublicKeyPem: key.publicKeyPem,
    attacker: attackerKeyPair(),
    nowSeconds,
    accessClaims: (overrides = {}) => ({ ...realClaims, iat: nowSeconds(), auth_time: nowSeconds(), exp: nowSeconds() + 3600, ...overrides }),
    signAsCognitoLocal: (claims, header = {}) => signRs({ alg: "RS256", typ: "JWT", kid: key.kid, ...header }, claims, key.privateKeyPem),
  };
}
