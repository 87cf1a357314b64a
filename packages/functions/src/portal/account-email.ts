import { AdminGetUserCommand, CognitoIdentityProviderClient } from "@aws-sdk/client-cognito-identity-provider";
import { awsClientOptions } from "@linkgate/core";
import type { FunctionsConfig } from "../config";

const clients = new WeakMap<FunctionsConfig, CognitoIdentityProviderClient>();

/** The pool's one Cognito client per configuration (sign-up and the account's email). */
export function cognitoOf(config: FunctionsConfig): CognitoIdentityProviderClient {
  let client = clients.get(config);
  if (!client) clients.set(config, (client = new CognitoIdentityProviderClient(awsClientOptions())));
  return client;
}

/**
 * The account's email from the pool. Access tokens, which the authorizer verifies, carry no email
 * claim (Cognito's access token holds sub, username, groups and scopes; email is an ID token claim),
 * so the authorizer's context seldom has it.
 */
export async function accountEmail(config: FunctionsConfig, username: string): Promise<string | undefined> {
  const user = await cognitoOf(config).send(new AdminGetUserCommand({ UserPoolId: config.userPoolId, Username: username }));
  return user.UserAttributes?.find((attribute) => attribute.Name === "email")?.Value;
}
