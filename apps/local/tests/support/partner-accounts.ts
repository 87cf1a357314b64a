import { ConfirmSignUpCommand } from "@aws-sdk/client-cognito-identity-provider";
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
  const code = await codeFor(stack().cognito.confirmationCodesFile, username);
  await cognitoClient().send(new ConfirmSignUpCommand({ ClientId: stack().cognito.clientId, Username: username, ConfirmationCode: code }));
  const token = await signIn(username, password);
  return { username, password, email, signedUp, token, client: clientWithToken(token) };
}

/** The emailed code, once the local Cognito has printed it; the error shows what was recorded instead. */
async function codeFor(file: string, username: string): Promise<string> {
  for (const deadline = Date.now() + 15_000; Date.now() < deadline; await new Promise((resolve) => setTimeout(resolve, 100))) {
    const code = latestConfirmationCode(file, username);
    if (code) return code;
  }
  throw new Error(`No confirmation code for ${username}; the last ones recorded: ${JSON.stringify(readConfirmationCodes(file).slice(-3))}`);
}
