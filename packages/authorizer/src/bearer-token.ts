import { Rejection } from "./errors";

/** Larger than any Cognito access token (≈1–2 KB even with many groups); bigger is an attack. */
export const MAX_AUTHORIZATION_LENGTH = 8 * 1024;

/**
 * The TOKEN authorizer's validation expression: API Gateway answers 401 itself, without invoking
 * the authorizer, when the Authorization header does not match. The handler checks the same shape.
 */
export const TOKEN_VALIDATION_REGEX = "^Bearer [A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+$";
const BEARER = new RegExp(TOKEN_VALIDATION_REGEX);

/**
 * `Authorization: Bearer <jwt>`, exactly. The scheme is case-sensitive here (RFC 7235 would allow
 * `bearer`), because API Gateway's validation regex is, and our clients always send `Bearer`.
 */
export function bearerTokenOf(authorization: string | undefined): string {
  if (!authorization) throw new Rejection("no Authorization value");
  if (authorization.length > MAX_AUTHORIZATION_LENGTH) throw new Rejection("Authorization value too large");
  if (!BEARER.test(authorization)) throw new Rejection("Authorization is not `Bearer <jwt>`");
  return authorization.slice("Bearer ".length);
}

const JWT = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/;

/** A bare JWT (the live API's `token` query parameter), with the same size limit. */
export function rawTokenOf(token: string | undefined): string {
  if (!token) throw new Rejection("no token");
  if (token.length > MAX_AUTHORIZATION_LENGTH) throw new Rejection("token too large");
  if (!JWT.test(token)) throw new Rejection("token is not a JWT");
  return token;
}
