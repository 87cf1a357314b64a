import { ConfirmSignUpCommand } from "@aws-sdk/client-cognito-identity-provider";
import { latestConfirmationCode } from "@linkgate/emulator";
import { randomBytes } from "node:crypto";
import { expect } from "vitest";
import { cognitoClient, createAnonymousClient, signIn, clientWithToken, stack } from "./stack-clients";

/**
 * A partner account as a visitor makes one: `POST /portal/sign-up`, the emailed code (the local
 * Cognito writes it to its codes file) to ConfirmSignUp, then a sign-in as the console does.
 */
export async function newPartnerAccount(prefix: string) {
  const username = `${prefix}-${randomBytes(4).toString("hex")}`;
  const password = `Lg-${randomBytes(9).toString("base64url")}9a!`;
  const email = `${username}@partner.test`;
  const signedUp = await createAnonymousClient().call("signUpPartnerAccount", { body: { username, email, password } });
  const file = stack().cognito.confirmationCodesFile;
  await expect.poll(() => latestConfirmationCode(file, username), { timeout: 10_000 }).toMatch(/^\d{6}$/);
  await cognitoClient().send(new ConfirmSignUpCommand({ ClientId: stack().cognito.clientId, Username: username, ConfirmationCode: latestConfirmationCode(file, username)! }));
  const token = await signIn(username, password);
  return { username, password, email, signedUp, token, client: clientWithToken(token) };
}
