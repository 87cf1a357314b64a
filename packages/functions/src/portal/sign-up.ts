import {
  AdminAddUserToGroupCommand,
  AdminDeleteUserCommand,
  InvalidParameterException,
  InvalidPasswordException,
  SignUpCommand,
  UsernameExistsException,
} from "@aws-sdk/client-cognito-identity-provider";
import { PARTNER_GROUP, type PortalSignUp, type PortalSignUpBody } from "@linkgate/contract";
import { Conflict, Validation } from "@linkgate/core";
import { undo } from "../admin/undo";
import type { FunctionsConfig } from "../config";
import { cognitoOf } from "./account-email";

/**
 * A partner account: Cognito's SignUp through the console's app client (so Cognito sends the
 * confirmation code and applies the pool's password policy), then AdminAddUserToGroup(partners).
 * SignUp creates the user unconfirmed and the group is added at once, so the first token it gets
 * after ConfirmSignUp and sign-in already carries `cognito:groups: ["partners"]` (apps/local
 * tests/portal.test.ts signs in that way). SignUp itself takes no IAM credentials ("Amazon Cognito
 * doesn't evaluate IAM policies in requests for this API operation", Cognito API Reference, SignUp).
 */
export async function signUpPartnerAccount(config: FunctionsConfig, body: PortalSignUpBody): Promise<PortalSignUp> {
  const client = cognitoOf(config);
  let signedUp;
  try {
    signedUp = await client.send(
      new SignUpCommand({ ClientId: config.userPoolClientId, Username: body.username, Password: body.password, UserAttributes: [{ Name: "email", Value: body.email }] }),
    );
  } catch (error) {
    if (error instanceof UsernameExistsException) throw new Conflict(`An account named '${body.username}' already exists: sign in instead (or confirm it with the code we emailed).`);
    if (error instanceof InvalidPasswordException) throw Validation.field("password", error.message);
    if (error instanceof InvalidParameterException) throw new Validation([{ path: [], message: error.message }]);
    throw error;
  }
  try {
    await client.send(new AdminAddUserToGroupCommand({ UserPoolId: config.userPoolId, Username: body.username, GroupName: PARTNER_GROUP }));
  } catch (error) {
    // Without the group the account would be a plain user: remove it, so signing up again works.
    await undo([{ what: `unconfirmed account ${body.username} outside the ${PARTNER_GROUP} group`, run: async () => void (await client.send(new AdminDeleteUserCommand({ UserPoolId: config.userPoolId, Username: body.username }))) }]);
    throw error;
  }
  const delivery = signedUp.CodeDeliveryDetails;
  return { username: body.username, confirmed: signedUp.UserConfirmed ?? false, codeDelivery: { destination: delivery?.Destination ?? null, medium: delivery?.DeliveryMedium ?? null } };
}
