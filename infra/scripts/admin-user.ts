import {
  AdminAddUserToGroupCommand,
  AdminCreateUserCommand,
  AdminSetUserPasswordCommand,
  UsernameExistsException,
  type CognitoIdentityProviderClient,
} from "@aws-sdk/client-cognito-identity-provider";
import { ADMIN_GROUP } from "@linkgate/contract";

export interface CreateAdminInput {
  userPoolId: string;
  email: string;
  /** Omitted: Cognito generates a temporary password and emails it. */
  password?: string;
  /** With a password: must it be changed at first sign-in? */
  temporary?: boolean;
}

export interface CreateAdminResult {
  username: string;
  created: boolean;
  passwordSet: "permanent" | "temporary" | "emailed";
}

/**
 * Creates (or reuses) a user whose username is the email, marks the email verified, sets the
 * password, and adds the user to the admins group. Safe to run again for the same email.
 */
export async function createAdmin(cognito: CognitoIdentityProviderClient, input: CreateAdminInput): Promise<CreateAdminResult> {
  const username = input.email;
  let created = true;
  try {
    await cognito.send(
      new AdminCreateUserCommand({
        UserPoolId: input.userPoolId,
        Username: username,
        UserAttributes: [
          { Name: "email", Value: input.email },
          { Name: "email_verified", Value: "true" },
        ],
        // With a password we set it ourselves below, so Cognito sends no invitation.
        ...(input.password ? { MessageAction: "SUPPRESS" as const } : {}),
      }),
    );
  } catch (error) {
    if (!(error instanceof UsernameExistsException)) throw error;
    created = false;
  }
  if (input.password) {
    await cognito.send(
      new AdminSetUserPasswordCommand({ UserPoolId: input.userPoolId, Username: username, Password: input.password, Permanent: !input.temporary }),
    );
  }
  await cognito.send(new AdminAddUserToGroupCommand({ UserPoolId: input.userPoolId, Username: username, GroupName: ADMIN_GROUP }));
  return { username, created, passwordSet: input.password ? (input.temporary ? "temporary" : "permanent") : "emailed" };
}
