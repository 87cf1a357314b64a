import { expect, test, type Page } from "@playwright/test";
import { latestConfirmationCode } from "./confirmation-codes";
import { checkPage, expectAccessible, screenshot, signIn } from "./helpers";
import { readE2eState } from "./stack-env";

const state = readE2eState();
const password = "Partner-Passw0rd!";

/** A visitor's partner sign-up from the docs, confirmed with the code the local stack records, then signed in to the portal. */
async function signUpAsPartner(page: Page, username: string, options: { check?: boolean } = {}): Promise<void> {
  await page.goto(`${state.consoleUrl}/developers`);
  await page.getByRole("link", { name: "Sign up as a partner" }).first().click();
  await expect(page.getByRole("heading", { name: "Sign up as a partner" })).toBeVisible();
  if (options.check) await checkPage(page, "portal-sign-up");
  const details = page.getByRole("form", { name: "Create partner account" });
  await details.getByLabel("Username").fill(username);
  await details.getByLabel("Email").fill(`${username}@example.com`);
  await details.getByLabel("Password").fill(password);
  await details.getByRole("button", { name: "Create partner account" }).click();
  const confirm = page.getByRole("form", { name: "Confirm account" });
  await expect(confirm.getByText(/We sent a confirmation code to/)).toBeVisible();
  if (options.check) await checkPage(page, "portal-sign-up-confirm");
  await expect.poll(() => latestConfirmationCode(state.confirmationCodesFile, username), { message: `a confirmation code for ${username}` }).toMatch(/^\d{6}$/);
  await confirm.getByLabel("Confirmation code").fill(latestConfirmationCode(state.confirmationCodesFile, username) ?? "");
  await confirm.getByRole("button", { name: "Confirm" }).click();
  await page.getByRole("link", { name: "Sign in to get your API key" }).click();
  await page.getByLabel("Username", { exact: true }).fill(username);
  await page.getByLabel("Password", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { name: "Partner portal", level: 1 })).toBeVisible();
}

/** The portal's first step: the free partner and its key, read off the page the one time it is shown. */
async function createPartnerAndKey(page: Page): Promise<string> {
  await page.getByRole("button", { name: "Create partner and key" }).click();
  await expect(page.getByText("it will not be shown again")).toBeVisible();
  return (await page.getByTestId("issued-api-key").textContent())?.trim() ?? "";
}

/** Calls the API from the page with `fetch`, as a partner's own browser-side tool would: the statuses, in order. */
async function callsWithKey(page: Page, apiKey: string, count: number): Promise<{ status: number; body: string }[]> {
  return page.evaluate(
    async ({ url, key, n }) =>
      Promise.all(Array.from({ length: n }, async () => {
        const response = await fetch(`${url}/v1/links`, { headers: { "x-api-key": key } });
        return { status: response.status, body: await response.text() };
      })),
    { url: state.apiUrl, key: apiKey, n: count },
  );
}

test("a signed-out visitor reads the docs, the plans and the API reference, and tries a call with a key", async ({ page }) => {
  await page.goto(`${state.consoleUrl}/developers`);
  await expect(page.getByRole("heading", { name: "Linkgate for developers", level: 1 })).toBeVisible();
  await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();
  await expect(page.getByText(`curl -X POST '${state.apiUrl}/v1/links'`, { exact: false })).toBeVisible();
  const refusals = page.getByRole("table", { name: "The gateway's refusals" });
  for (const answer of ["403 Forbidden", "429 Too Many Requests", "429 Limit Exceeded"]) await expect(refusals.getByRole("rowheader", { name: new RegExp(`^${answer}`) })).toBeVisible();
  const plans = page.getByRole("table", { name: "Plans and their limits" });
  await expect(plans.getByRole("row", { name: /Free.*5 10 1,000 calls per month 100/ })).toBeVisible();
  await expect(page.getByRole("button", { name: "GET /v1/links List your links, newest first" })).toBeVisible();
  await checkPage(page, "developers");

  await page.getByRole("button", { name: /Authorize/ }).first().click();
  await page.getByRole("textbox", { name: "Value:" }).fill(state.partner.apiKey);
  await page.getByRole("button", { name: "Apply credentials" }).first().click();
  await page.getByRole("button", { name: "Close" }).first().click();
  await page.getByRole("button", { name: "GET /v1/links List your links, newest first" }).click();
  const operation = page.locator(".opblock.is-open").filter({ hasText: "/v1/links" }).first();
  await operation.getByRole("button", { name: "Try it out" }).click();
  await operation.getByRole("button", { name: "Execute" }).click();
  await expect(operation.locator(".live-responses-table tbody .response-col_status").first()).toHaveText(/200/);
  // Again with an operation open, Try it out on and a live response shown: most of Swagger UI's markup.
  await expectAccessible(page, "developers-try-it-out");
  await screenshot(page, "developers-try-it-out");
});

test("a visitor signs up as a partner, gets a key that works with fetch, and sees the call in the portal's usage", async ({ page }) => {
  await signUpAsPartner(page, `partner-${Date.now().toString(36)}`, { check: true });
  await checkPage(page, "portal-new");
  const apiKey = await createPartnerAndKey(page);
  expect(apiKey.length).toBeGreaterThan(20);
  await expect(page.getByTestId("portal-plan")).toHaveText("free");

  const [call] = await callsWithKey(page, apiKey, 1);
  expect(call!.status).toBe(200);
  await page.getByRole("button", { name: "Refresh usage" }).click();
  await expect(page.getByTestId("usage-used")).toHaveText("1");
  await expect(page.getByTestId("usage-remaining")).toHaveText("999 of 1,000 calls per month");
  await page.getByText("Show as a table").click();
  const today = new Date().toISOString().slice(0, 10);
  await expect(page.getByRole("row", { name: `${today} 1` })).toBeVisible();
  await checkPage(page, "portal");

  // Rotation: the new key is shown once, the old one is refused at the gateway.
  await page.getByRole("button", { name: "Rotate key" }).click();
  await expectAccessible(page, "portal-rotate-dialog");
  await page.getByRole("button", { name: "Replace key" }).click();
  await expect(page.getByTestId("issued-api-key")).not.toHaveText(apiKey);
  const rotated = (await page.getByTestId("issued-api-key").textContent())?.trim() ?? "";
  expect((await callsWithKey(page, apiKey, 1))[0]).toEqual({ status: 403, body: '{"message":"Forbidden"}' });
  expect((await callsWithKey(page, rotated, 1))[0]!.status).toBe(200);

  // Revocation: the key is refused; the portal offers a new one.
  await page.getByRole("button", { name: "Revoke key" }).click();
  await page.getByRole("button", { name: "Revoke", exact: true }).click();
  await expect(page.getByTestId("portal-status")).toHaveText("revoked");
  expect((await callsWithKey(page, rotated, 1))[0]!.status).toBe(403);
  await expect(page.getByRole("button", { name: "Get a new key" })).toBeVisible();
  await checkPage(page, "portal-revoked");
});

test("an upgrade request, once an admin approves it, changes the throttle on the partner's next call", async ({ page, browser }) => {
  const planId = `e2e-slow-${Date.now().toString(36)}`;
  const adminContext = await browser.newContext();
  const admin = await adminContext.newPage();
  await signIn(admin, state.consoleUrl, state.admin);
  await admin.getByRole("link", { name: "Plans" }).click();
  const form = admin.getByRole("form", { name: "Create a plan" });
  await form.getByLabel("Id").fill(planId);
  await form.getByLabel("Name").fill(planId);
  await form.getByLabel("Rate (requests/s)").fill("1");
  await form.getByLabel("Burst").fill("2");
  await form.getByLabel("Quota (calls)").fill("10000");
  await form.getByLabel("Link limit").fill("100");
  await form.getByRole("button", { name: "Create plan" }).click();
  await expect(form.getByText("Plan created.")).toBeVisible();

  await signUpAsPartner(page, `upgrade-${Date.now().toString(36)}`);
  const apiKey = await createPartnerAndKey(page);
  // On Free (burst 10), six calls at once all pass.
  expect((await callsWithKey(page, apiKey, 6)).map((call) => call.status)).toEqual([200, 200, 200, 200, 200, 200]);
  const ask = page.getByRole("form", { name: "Ask for another plan" });
  await ask.getByLabel("Plan to ask for").selectOption(planId);
  await ask.getByRole("button", { name: "Ask for this plan" }).click();
  await expect(page.getByText(`Your request for ${planId} is waiting for an admin.`)).toBeVisible();
  await expect(page.getByTestId("portal-plan")).toHaveText("free");

  await admin.getByRole("link", { name: "Upgrade requests" }).click();
  const approve = admin.getByRole("button", { name: new RegExp(`^Approve .*'s request for ${planId}$`) });
  await expect(approve).toBeVisible();
  await checkPage(admin, "admin-upgrade-requests");
  await approve.click();
  await expect(approve).toHaveCount(0);
  await adminContext.close();

  await page.reload();
  await expect(page.getByTestId("portal-plan")).toHaveText(planId);
  await expect(page.getByTestId("upgrade-status")).toHaveText("approved");
  // On the new plan (burst 2), the next six calls at once meet its throttle.
  const calls = await callsWithKey(page, apiKey, 6);
  const throttled = calls.filter((call) => call.status === 429);
  expect(throttled.length).toBeGreaterThan(0);
  expect(throttled[0]!.body).toBe('{"message":"Too Many Requests"}');
});
