import { AdminCreateUserCommand, CognitoIdentityProviderClient } from "@aws-sdk/client-cognito-identity-provider";
import { expect, test } from "@playwright/test";
import { signIn } from "./helpers";
import { readE2eState } from "./stack-env";

const state = readE2eState();

/** An admin-created user with a temporary password, as the Cognito console or an admin script makes one. */
async function createUserWithTemporaryPassword(username: string, temporaryPassword: string): Promise<void> {
  const cognito = new CognitoIdentityProviderClient({
    region: "us-east-1",
    endpoint: state.cognitoEndpoint,
    credentials: { accessKeyId: "local", secretAccessKey: "local" },
  });
  await cognito.send(
    new AdminCreateUserCommand({
      UserPoolId: state.userPoolId,
      Username: username,
      TemporaryPassword: temporaryPassword,
      MessageAction: "SUPPRESS",
      UserAttributes: [{ Name: "email", Value: `${username}@example.com` }],
    }),
  );
  cognito.destroy();
}

test("a new user sets a password at first sign-in; once an admin disables them, their session loses access", async ({ browser }) => {
  const username = `e2e-${Date.now().toString(36)}`;
  await createUserWithTemporaryPassword(username, "Temp-Passw0rd!");

  const userContext = await browser.newContext();
  const userPage = await userContext.newPage();
  await userPage.goto(`${state.consoleUrl}/sign-in`);
  await userPage.getByLabel("Username").fill(username);
  await userPage.getByLabel("Password").fill("Temp-Passw0rd!");
  await userPage.getByRole("button", { name: "Sign in" }).click();
  await userPage.getByLabel("New password", { exact: true }).fill("My-Own-Passw0rd!");
  await userPage.getByLabel("Repeat the new password", { exact: true }).fill("My-Own-Passw0rd!");
  await userPage.getByRole("button", { name: "Set password and sign in" }).click();
  await expect(userPage.getByRole("heading", { name: "My links" })).toBeVisible();
  // Sign out and in again with the new password. (Also: the local Cognito does not keep the refresh
  // token it issues at the end of the NEW_PASSWORD_REQUIRED challenge; one from a sign-in works.)
  await userPage.getByRole("button", { name: "Sign out" }).click();
  await signIn(userPage, state.consoleUrl, { username, password: "My-Own-Passw0rd!" });
  await expect(userPage.getByText("No links yet. Create your first one above.")).toBeVisible();

  const adminContext = await browser.newContext();
  const adminPage = await adminContext.newPage();
  await signIn(adminPage, state.consoleUrl, state.admin);
  await adminPage.goto(`${state.consoleUrl}/admin/users/${username}`);
  await adminPage.getByRole("button", { name: "Disable user" }).click();
  await adminPage.getByRole("alertdialog").getByRole("button", { name: "Disable" }).click();
  await expect(adminPage.getByTestId("user-enabled")).toHaveText("disabled");

  // The user's tab gets a fresh access token (on reload, through its refresh token) and calls the API:
  // the authorizer refuses a disabled account (401), within its own status cache time, and the
  // console ends the session.
  await expect(async () => {
    const listed = userPage.waitForResponse((response) => response.url().includes("/me/links") && response.request().method() === "GET");
    await userPage.reload();
    expect((await listed).status()).toBe(401);
  }).toPass({ timeout: 150_000, intervals: [5_000] });
  await expect(userPage.getByRole("heading", { name: "Sign in to Linkgate" })).toBeVisible();
  await expect(userPage.getByText("Your session has ended. Sign in again.")).toBeVisible();
  await userContext.close();
  await adminContext.close();
});
