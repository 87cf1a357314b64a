import type { JwtPayload } from "aws-jwt-verify/jwt-model";
import { Rejection } from "./errors";

/** What the authorizer needs from a verified Cognito access token. */
export interface AccessClaims {
  readonly sub: string;
  readonly username: string;
  readonly email?: string;
  readonly groups: readonly string[];
}

/** Clock skew tolerated on `iat`; Cognito and Lambda clocks are NTP-synced. */
const IAT_SKEW_SECONDS = 60;

/**
 * Checks aws-jwt-verify leaves to us, run after the signature, issuer and expiry checks pass:
 * it accepts tokens without `exp` and never looks at `iat`; in local mode it also cannot check
 * `token_use` and `client_id` (the `JwtVerifier` knows nothing of Cognito).
 */
export function checkAccessClaims(payload: JwtPayload, clientId: string, nowSeconds = Date.now() / 1000): void {
  if (payload.token_use !== "access") throw new Rejection(`token_use is ${String(payload.token_use)}, not access`);
  if (payload.client_id !== clientId) throw new Rejection("client_id is not this app client");
  if (typeof payload.exp !== "number") throw new Rejection("no exp claim");
  if (typeof payload.iat !== "number") throw new Rejection("no iat claim");
  if (payload.iat > nowSeconds + IAT_SKEW_SECONDS) throw new Rejection("iat is in the future");
  if (typeof payload.sub !== "string" || payload.sub === "") throw new Rejection("no sub claim");
  if (typeof payload.username !== "string" || payload.username === "") throw new Rejection("no username claim");
  const groups = payload["cognito:groups"];
  if (groups !== undefined && !(Array.isArray(groups) && groups.every((group) => typeof group === "string"))) {
    throw new Rejection("cognito:groups is not a list of names");
  }
}

/** The claims, once `checkAccessClaims` has passed. */
export function accessClaimsOf(payload: JwtPayload): AccessClaims {
  const groups = (payload["cognito:groups"] as string[] | undefined) ?? [];
  const claims = { sub: payload.sub as string, username: payload.username as string, groups };
  return typeof payload.email === "string" ? { ...claims, email: payload.email } : claims;
}
