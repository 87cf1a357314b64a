import {
  CognitoIdentityProviderClient,
  ConfirmSignUpCommand,
  InitiateAuthCommand,
  RespondToAuthChallengeCommand,
  RevokeTokenCommand,
  SignUpCommand,
  type AuthenticationResultType,
  type InitiateAuthCommandOutput,
} from "@aws-sdk/client-cognito-identity-provider";
import type { ConsoleConfig } from "../config/console-config";
import { cognitoErrorToAuthError } from "./cognito-errors";
import { AuthError, type AuthTokens, type IdentityProvider, type SignInResult } from "./identity-provider";

/**
 * The user pool through the AWS SDK, as a browser app (public client, no secret): the operations used
 * here need no AWS credentials. Locally the endpoint is the local Cognito.
 */
export function createCognitoIdentityProvider(config: ConsoleConfig): IdentityProvider {
  const client = new CognitoIdentityProviderClient({
    region: config.region,
    ...(config.cognitoEndpoint ? { endpoint: config.cognitoEndpoint } : {}),
    // Public operations: sign nothing. The SDK still wants a credentials provider to exist.
    credentials: { accessKeyId: "none", secretAccessKey: "none" },
    maxAttempts: 2,
  });
  const clientId = config.userPoolClientId;

  async function send<T>(run: () => Promise<T>): Promise<T> {
    try {
      return await run();
    } catch (error) {
      throw cognitoErrorToAuthError(error);
    }
  }

  /** A refused refresh token is never "wrong password": whatever Cognito says, the session has ended. */
  async function refreshing<T>(run: () => Promise<T>): Promise<T> {
    try {
      return await send(run);
    } catch (error) {
      if (error instanceof AuthError && error.code === "wrong_credentials") throw new AuthError("session_expired", "Your session has ended. Sign in again.");
      throw error;
    }
  }

  function toResult(username: string, output: Pick<InitiateAuthCommandOutput, "AuthenticationResult" | "ChallengeName" | "Session">): SignInResult {
    if (output.ChallengeName === "NEW_PASSWORD_REQUIRED" && output.Session) {
      return { kind: "newPasswordRequired", username, challengeSession: output.Session };
    }
    if (output.AuthenticationResult?.AccessToken) return { kind: "signedIn", tokens: toTokens(output.AuthenticationResult) };
    throw new AuthError("unknown", `Sign-in needs a step this console does not support (${output.ChallengeName ?? "no tokens"}).`);
  }

  return {
    signIn: (username, password) =>
      send(async () =>
        toResult(
          username,
          await client.send(
            new InitiateAuthCommand({ AuthFlow: "USER_PASSWORD_AUTH", ClientId: clientId, AuthParameters: { USERNAME: username, PASSWORD: password } }),
          ),
        ),
      ),
    completeNewPassword: (username, challengeSession, newPassword) =>
      send(async () =>
        toResult(
          username,
          await client.send(
            new RespondToAuthChallengeCommand({
              ClientId: clientId,
              ChallengeName: "NEW_PASSWORD_REQUIRED",
              Session: challengeSession,
              ChallengeResponses: { USERNAME: username, NEW_PASSWORD: newPassword },
            }),
          ),
        ),
      ),
    refresh: (username, refreshToken) =>
      refreshing(async () => {
        const output = await client.send(
          new InitiateAuthCommand({ AuthFlow: "REFRESH_TOKEN_AUTH", ClientId: clientId, AuthParameters: { REFRESH_TOKEN: refreshToken, USERNAME: username } }),
        );
        if (!output.AuthenticationResult?.AccessToken) throw new AuthError("session_expired", "Your session has ended. Sign in again.");
        return toTokens(output.AuthenticationResult);
      }),
    signUp: ({ username, email, password }) =>
      send(async () => {
        const output = await client.send(
          new SignUpCommand({ ClientId: clientId, Username: username, Password: password, UserAttributes: [{ Name: "email", Value: email }] }),
        );
        return { confirmed: output.UserConfirmed ?? false, destination: output.CodeDeliveryDetails?.Destination };
      }),
    confirmSignUp: (username, code) =>
      send(async () => {
        await client.send(new ConfirmSignUpCommand({ ClientId: clientId, Username: username, ConfirmationCode: code }));
      }),
    revoke: (refreshToken) =>
      send(async () => {
        await client.send(new RevokeTokenCommand({ ClientId: clientId, Token: refreshToken }));
      }),
  };
}

function toTokens(result: AuthenticationResultType): AuthTokens {
  return {
    accessToken: result.AccessToken ?? "",
    idToken: result.IdToken,
    refreshToken: result.RefreshToken,
    expiresIn: result.ExpiresIn ?? 3600,
  };
}
