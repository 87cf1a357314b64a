import { ConfirmSignUpCommand, DescribeUserPoolCommand } from "@aws-sdk/client-cognito-identity-provider";
import { latestConfirmationCode, readConfirmationCodes } from "@linkgate/emulator";
import { randomBytes } from "node:crypto";
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
  const code = await codeFor(file, username);
  await cognitoClient().send(new ConfirmSignUpCommand({ ClientId: stack().cognito.clientId, Username: username, ConfirmationCode: code }));
  const token = await signIn(username, password);
  return { username, password, email, signedUp, token, client: clientWithToken(token) };
}

/**
 * The emailed code, once the local Cognito has printed it; the error shows what was recorded instead.
 * cognito-local's log stream (pino-pretty) was seen to hold a delivery box back until its next log
 * line (codes of one sign-up recorded only with the next one's), so while waiting, each poll makes
 * it log a line with a harmless read of the pool.
 */
async function codeFor(file: string, username: string): Promise<string> {
  for (const deadline = Date.now() + 10_000; Date.now() < deadline; await new Promise((resolve) => setTimeout(resolve, 200))) {
    const code = latestConfirmationCode(file, username);
    if (code) return code;
    await cognitoClient().send(new DescribeUserPoolCommand({ UserPoolId: stack().cognito.userPoolId }));
  }
  throw new Error(`No confirmation code for ${username}; the last ones recorded: ${JSON.stringify(readConfirmationCodes(file).slice(-3))}`);
}
