import { createHmac, generateKeyPairSync, sign, type JsonWebKey, type KeyObject } from "node:crypto";

export type JwtHeader = Record<string, unknown>;
export type JwtClaims = Record<string, unknown>;

export const base64url = (value: string | Buffer) => Buffer.from(value).toString("base64url");
export const encodeJson = (value: unknown) => base64url(JSON.stringify(value));

/** Decodes a JWT's payload without verifying it (to copy real claims into forged tokens). */
export function decodeClaims(jwt: string): JwtClaims {
  return JSON.parse(Buffer.from(jwt.split(".")[1] ?? "", "base64url").toString("utf8")) as JwtClaims;
}

/** Signs `header.payload` with an RSA private key, the way a real issuer would (RS256 by default). */
export function signRs(header: JwtHeader, claims: JwtClaims, privateKey: string | KeyObject, hash = "sha256"): string {
  const input = `${encodeJson(header)}.${encodeJson(claims)}`;
  return `${input}.${sign(hash, Buffer.from(input), privateKey).toString("base64url")}`;
}

/** HS256 with an arbitrary secret: the classic "use the public key as HMAC secret" confusion. */
export function signHs256(header: JwtHeader, claims: JwtClaims, secret: string): string {
  const input = `${encodeJson(header)}.${encodeJson(claims)}`;
  return `${input}.${createHmac("sha256", secret).update(input).digest("base64url")}`;
}

/** An attacker's own RSA key pair (never trusted by anyone). */
export function attackerKeyPair(): { privateKey: KeyObject; publicJwk: JsonWebKey } {
  const { privateKey, publicKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
  return { privateKey, publicJwk: publicKey.export({ format: "jwk" }) };
}
