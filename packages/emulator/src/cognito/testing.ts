import {
  AdminAddUserToGroupCommand,
  AdminCreateUserCommand,
  AdminSetUserPasswordCommand,
  InitiateAuthCommand,
} from "@aws-sdk/client-cognito-identity-provider";
import { createRequire } from "node:module";
import { localCognitoClient } from "./cognito-client";
import type { LocalCognito } from "./local-cognito";

type CognitoTarget = Pick<LocalCognito, "endpoint" | "userPoolId" | "clientId">;

export interface TestUser {
  readonly username: string;
  readonly password: string;
  readonly email?: string;
  /** The user's `sub` (the authorizer's principalId). */
  readonly sub: string;
}

export interface SignInTokens {
  readonly accessToken: string;
  readonly idToken: string;
  readonly refreshToken: string;
}

export interface CreateTestUserInput {
  username: string;
  password?: string;
  email?: string;
  groups?: readonly string[];
}

/** Creates a confirmed user with a permanent password (no FORCE_CHANGE_PASSWORD step), optionally in groups. */
export async function createTestUser(cognito: CognitoTarget, input: CreateTestUserInput): Promise<TestUser> {
  const client = localCognitoClient(cognito.endpoint);
  const password = input.password ?? "Passw0rd!local";
  const attributes = input.email
    ? [
        { Name: "email", Value: input.email },
        { Name: "email_verified", Value: "true" },
      ]
    : [];
  const created = await client.send(
    new AdminCreateUserCommand({
      UserPoolId: cognito.userPoolId,
      Username: input.username,
      UserAttributes: attributes,
      MessageAction: "SUPPRESS",
    }),
  );
  await client.send(
    new AdminSetUserPasswordCommand({ UserPoolId: cognito.userPoolId, Username: input.username, Password: password, Permanent: true }),
  );
  for (const group of input.groups ?? []) await addUserToGroup(cognito, input.username, group);
  const sub = created.User?.Attributes?.find((attribute) => attribute.Name === "sub")?.Value;
  if (!sub) throw new Error(`The local Cognito created ${input.username} without a sub.`);
  return input.email ? { username: input.username, password, email: input.email, sub } : { username: input.username, password, sub };
}

/** The group must exist: name it in `startLocalCognito({ groups })`. */
export async function addUserToGroup(cognito: CognitoTarget, username: string, group: string): Promise<void> {
  await localCognitoClient(cognito.endpoint).send(
    new AdminAddUserToGroupCommand({ UserPoolId: cognito.userPoolId, Username: username, GroupName: group }),
  );
}

/** Signs in with USER_PASSWORD_AUTH, as the console does, and returns the tokens. */
export async function signIn(cognito: CognitoTarget, username: string, password: string): Promise<SignInTokens> {
  const result = await localCognitoClient(cognito.endpoint).send(
    new InitiateAuthCommand({
      ClientId: cognito.clientId,
      AuthFlow: "USER_PASSWORD_AUTH",
      AuthParameters: { USERNAME: username, PASSWORD: password },
    }),
  );
  const tokens = result.AuthenticationResult;
  if (!tokens?.AccessToken || !tokens.IdToken || !tokens.RefreshToken) {
    throw new Error(`Sign-in of ${username} returned no tokens (challenge: ${result.ChallengeName ?? "none"}).`);
  }
  return { accessToken: tokens.AccessToken, idToken: tokens.IdToken, refreshToken: tokens.RefreshToken };
}

/**
 * The key cognito-local signs every token with. It is published in its npm package, which is why
 * a local issuer must never be trusted by a deployed authorizer; tests use it to forge tokens the
 * local Cognito would have signed (expired, no exp, wrong client, ...).
 */
export function cognitoLocalSigningKey(): { kid: string; privateKeyPem: string; publicKeyPem: string } {
  const require = createRequire(import.meta.url);
  const privateKey = require("cognito-local/lib/keys/cognitoLocal.private.json") as { jwk: { kid: string }; pem: string };
  const publicKey = require("cognito-local/lib/keys/cognitoLocal.public.json") as { pem: string };
  return { kid: privateKey.jwk.kid, privateKeyPem: privateKey.pem, publicKeyPem: publicKey.pem };
}
