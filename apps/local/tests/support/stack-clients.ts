import { APIGatewayClient } from "@aws-sdk/client-api-gateway";
import { CognitoIdentityProviderClient, InitiateAuthCommand } from "@aws-sdk/client-cognito-identity-provider";
import { ApiError, createApiClient, type ApiClient } from "@linkgate/contract";
import { randomBytes } from "node:crypto";
import { inject } from "vitest";
import { ensureUser } from "../../src/seed-users";

const LOCAL = { region: "us-east-1", credentials: { accessKeyId: "local", secretAccessKey: "local" }, maxAttempts: 1 };

export const stack = () => inject("stack");

export function cognitoClient(): CognitoIdentityProviderClient {
  return new CognitoIdentityProviderClient({ ...LOCAL, endpoint: stack().cognito.endpoint });
}

export function apiGatewayClient(): APIGatewayClient {
  return new APIGatewayClient({ ...LOCAL, endpoint: stack().controlPlaneUrl });
}

/** Signs in with USER_PASSWORD_AUTH, as the console does, and returns the three tokens. */
export async function signInTokens(username: string, password: string): Promise<{ accessToken: string; idToken: string; refreshToken: string }> {
  const result = await cognitoClient().send(
    new InitiateAuthCommand({ ClientId: stack().cognito.clientId, AuthFlow: "USER_PASSWORD_AUTH", AuthParameters: { USERNAME: username, PASSWORD: password } }),
  );
  const { AccessToken: accessToken, IdToken: idToken, RefreshToken: refreshToken } = result.AuthenticationResult ?? {};
  if (!accessToken || !idToken || !refreshToken) throw new Error(`${username} could not sign in`);
  return { accessToken, idToken, refreshToken };
}

export async function signIn(username: string, password: string): Promise<string> {
  return (await signInTokens(username, password)).accessToken;
}

export function clientWithToken(token: string): ApiClient {
  return createApiClient({ baseUrl: stack().apiUrl, accessToken: () => token });
}

/** No token, no key: the public routes. */
export function createAnonymousClient(): ApiClient {
  return createApiClient({ baseUrl: stack().apiUrl });
}

export function partnerClient(apiKey: string): ApiClient {
  return createApiClient({ baseUrl: stack().apiUrl, apiKey });
}

export async function adminClient(): Promise<ApiClient> {
  return clientWithToken(await signIn(stack().admin.username, stack().admin.password));
}

/** A fresh confirmed user of its own, so tests never share state through a user. */
export async function newUser(prefix: string, groups: string[] = []): Promise<{ username: string; password: string; client: ApiClient; token: string }> {
  const username = `${prefix}-${randomBytes(4).toString("hex")}`;
  const password = `Lg-${randomBytes(9).toString("base64url")}9a!`;
  await ensureUser(cognitoClient(), stack().cognito.userPoolId, { username, password, email: `${username}@linkgate.local`, groups });
  const token = await signIn(username, password);
  return { username, password, token, client: clientWithToken(token) };
}

/** The ApiError a call rejects with (fails the test when it resolves). */
export async function failure(promise: Promise<unknown>): Promise<ApiError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ApiError) return error;
    throw error;
  }
  throw new Error("Expected the call to fail, but it succeeded");
}

export function uniqueId(prefix: string): string {
  return `${prefix}-${randomBytes(3).toString("hex")}`;
}
