/**
 * The only error API Gateway turns into a 401: it must be exactly this message. Anything else the
 * authorizer throws becomes a 500, so every rejection goes through `unauthorized()`.
 */
export const UNAUTHORIZED = "Unauthorized";

export function unauthorized(): Error {
  return new Error(UNAUTHORIZED);
}

/** Why a request was rejected: logged for operators, never sent to the caller. */
export class Rejection extends Error {
  override readonly name = "Rejection";
}

/** A missing or invalid setting, found at cold start. The message names the variable to fix. */
export class AuthorizerConfigError extends Error {
  override readonly name = "AuthorizerConfigError";
  constructor(
    readonly variable: string,
    problem: string,
  ) {
    super(`Authorizer configuration: ${variable} ${problem}`);
  }
}
