import { AuthError, type AuthErrorCode } from "./identity-provider";

/** Cognito's exception names, in words for the person signing in. */
const byName: Record<string, [AuthErrorCode, string | null]> = {
  NotAuthorizedException: ["wrong_credentials", "Wrong username or password."],
  UserNotFoundException: ["wrong_credentials", "Wrong username or password."],
  UserNotConfirmedException: ["not_confirmed", "This account is not confirmed yet: enter the code we sent you."],
  UsernameExistsException: ["username_taken", "That username is taken. Choose another, or sign in."],
  InvalidPasswordException: ["weak_password", null],
  CodeMismatchException: ["wrong_code", "That code is not right. Check it and try again."],
  ExpiredCodeException: ["expired_code", "That code has expired. Ask for a new one."],
  TooManyRequestsException: ["too_many_attempts", "Too many attempts. Wait a minute, then try again."],
  LimitExceededException: ["too_many_attempts", "Too many attempts. Wait a minute, then try again."],
  TooManyFailedAttemptsException: ["too_many_attempts", "Too many failed attempts. Wait a minute, then try again."],
  InvalidParameterException: ["invalid_input", null],
};

export function cognitoErrorToAuthError(error: unknown): AuthError {
  if (error instanceof AuthError) return error;
  const name = error instanceof Error ? error.name : "";
  const message = error instanceof Error ? error.message : String(error);
  if (name === "NotAuthorizedException" && /disabled/i.test(message)) {
    return new AuthError("user_disabled", "This account is disabled. Ask an administrator.");
  }
  if (name === "NotAuthorizedException" && /refresh token|revoked|expired/i.test(message)) {
    return new AuthError("session_expired", "Your session has ended. Sign in again.");
  }
  const known = byName[name];
  if (known) return new AuthError(known[0], known[1] ?? message);
  // fetch's TypeError: the pool could not be reached at all.
  if (error instanceof TypeError) return new AuthError("network", "Cannot reach the sign-in service. Check your connection and try again.");
  return new AuthError("unknown", "Signing in failed unexpectedly. Try again.");
}
