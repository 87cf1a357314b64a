import type {
  CognitoIdentityProviderClient} from "@aws-sdk/client-cognito-identity-provider";
import {
  AdminAddUserToGroupCommand,
  AdminCreateUserCommand,
  AdminGetUserCommand,
  AdminSetUserPasswordCommand,
  UserNotFoundException,
} from "@aws-sdk/client-cognito-identity-provider";

export interface SeedUser {
  username: string;
  password: string;
  email: string;
  groups: string[];
}

/**
 * Makes sure the user exists, confirmed, with this permanent password and in these groups. Safe to
 * run on every start: a second start finds the user and changes nothing but the password it set.
 */
export async function ensureUser(client: CognitoIdentityProviderClient, userPoolId: string, user: SeedUser): Promise<void> {
  const exists = await client.send(new AdminGetUserCommand({ UserPoolId: userPoolId, Username: user.username })).then(
    () => true,
    (error: unknown) => {
      if (error instanceof UserNotFoundException) return false;
      throw error;
    },
  );
  if (!exists) {
    await client.send(
      new AdminCreateUserCommand({
        UserPoolId: userPoolId,
        Username: user.username,
        MessageAction: "SUPPRESS",
        UserAttributes: [
          { Name: "email", Value: user.email },
          { Name: "email_verified", Value: "true" },
        ],
      }),
    );
  }
  await client.send(new AdminSetUserPasswordCommand({ UserPoolId: userPoolId, Username: user.username, Password: user.password, Permanent: true }));
  for (const group of user.groups) {
    await client.send(new AdminAddUserToGroupCommand({ UserPoolId: userPoolId, Username: user.username, GroupName: group }));
  }
}
