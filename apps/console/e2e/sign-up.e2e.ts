import { expect, test } from "@playwright/test";
import { latestConfirmationCode } from "./confirmation-codes";
import { checkPage, signIn } from "./helpers";
import { readE2eState } from "./stack-env";

const state = readE2eState();

test("a visitor signs up, confirms with the code the local stack shows, signs in and sees My links", async ({ page }) => {
  const username = `signup-${Date.now().toString(36)}`;
  const password = "Sign-up-Passw0rd!";
  await page.goto(`${state.consoleUrl}/sign-up`);
  await expect(page.getByRole("heading", { name: "Create your Linkgate account" })).toBeVisible();
  await checkPage(page, "sign-up");
  const details = page.getByRole("form", { name: "Create account" });
  await details.getByLabel("Username").fill(username);
  await details.getByLabel("Email").fill(`${username}@example.com`);
  await details.getByLabel("Password").fill(password);
  await details.getByRole("button", { name: "Create account" }).click();

  const confirm = page.getByRole("form", { name: "Confirm account" });
  await expect(confirm.getByText(/We sent a confirmation code to/)).toBeVisible();
  // The local Cognito sends no email: the stack records the code it "sent" in its codes file.
  await expect.poll(() => latestConfirmationCode(state.confirmationCodesFile, username), { message: `a confirmation code for ${username}` }).toMatch(/^\d{6}$/);
  const code = latestConfirmationCode(state.confirmationCodesFile, username) ?? "";
  await confirm.getByLabel("Confirmation code").fill(code);
  await confirm.getByRole("button", { name: "Confirm" }).click();
  await expect(page.getByText("Your account is confirmed.")).toBeVisible();

  await page.getByRole("link", { name: "Sign in" }).first().click();
  await expect(page).toHaveURL(/\/sign-in$/);
  await signIn(page, state.consoleUrl, { username, password });
  await expect(page.getByRole("heading", { name: "My links" })).toBeVisible();
});

test("a wrong confirmation code is refused next to the field", async ({ page }) => {
  const username = `signup-bad-${Date.now().toString(36)}`;
  await page.goto(`${state.consoleUrl}/sign-up`);
  const details = page.getByRole("form", { name: "Create account" });
  await details.getByLabel("Username").fill(username);
  await details.getByLabel("Email").fill(`${username}@example.com`);
  await details.getByLabel("Password").fill("Sign-up-Passw0rd!");
  await details.getByRole("button", { name: "Create account" }).click();
  await expect.poll(() => latestConfirmationCode(state.confirmationCodesFile, username)).toMatch(/^\d{6}$/);
  const code = latestConfirmationCode(state.confirmationCodesFile, username) ?? "";
  const wrong = code === "000000" ? "111111" : "000000";
  const confirm = page.getByRole("form", { name: "Confirm account" });
  await confirm.getByLabel("Confirmation code").fill(wrong);
  await confirm.getByRole("button", { name: "Confirm" }).click();
  await expect(confirm.getByLabel("Confirmation code")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByText("Your account is confirmed.")).toHaveCount(0);
});
