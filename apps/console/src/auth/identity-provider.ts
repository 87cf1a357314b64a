/** Tokens from a sign-in or a refresh. A refresh answers no new refresh token (Cognito keeps the first). */
export interface AuthTokens {
  accessToken: string;
  idToken: string | undefined;
  refreshToken: string | undefined;
  /** Seconds the access token lives. */
  expiresIn: number;
}

export type SignInResult =
  | { kind: "signedIn"; tokens: AuthTokens }
  /** First sign-in of a user an admin created: a new password is required before any token is issued. */
  | { kind: "newPasswordRequired"; username: string; challengeSession: string };

/** The user-pool operations the console uses; Cognito in the app, a fake in unit tests. */
export interface IdentityProvider {
  signIn(username: string, password: string): Promise<SignInResult>;
  completeNewPassword(username: string, challengeSession: string, newPassword: string): Promise<SignInResult>;
  refresh(username: string, refreshToken: string): Promise<AuthTokens>;
  signUp(input: { username: string; email: string; password: string }): Promise<{ confirmed: boolean; destination: string | undefined }>;
  confirmSignUp(username: string, code: string): Promise<void>;
  /** Revokes the refresh token and every access token issued from it. */
  revoke(refreshToken: string): Promise<void>;
}

export type AuthErrorCode =
  | "wrong_credentials"
  | "user_disabled"
  | "not_confirmed"
  | "username_taken"
  | "weak_password"
  | "wrong_code"
  | "expired_code"
  | "too_many_attempts"
  | "session_expired"
  | "invalid_input"
  | "network"
  | "unknown";

/** A failure to show the person at the keyboard: `message` is written for them. */
export class AuthError extends Error {
  override readonly name = "AuthError";
  constructor(
    readonly code: AuthErrorCode,
    message: string,
  ) {
    super(message);
  }
}
