import { expect, test } from "@playwright/test";
import { checkPage, signIn } from "./helpers";
import { readE2eState } from "./stack-env";

const state = readE2eState();

test("a user signs in, creates a link, follows it, and sees the click in the chart", async ({ page }) => {
  await signIn(page, state.consoleUrl, state.user);
  await checkPage(page, "links");

  const alias = `e2e-${Date.now().toString(36)}`;
  // The target stays on loopback: the API's own health route, by another host name (a target in the
  // short-link domain itself is refused).
  const target = `${state.apiUrl.replace("127.0.0.1", "localhost")}/health`;
  await page.getByLabel("Target URL").fill(target);
  await page.getByLabel("Custom alias (optional)").fill(alias);
  await page.getByRole("button", { name: "Create link" }).click();
  const created = page.getByRole("status").filter({ hasText: "Created" });
  await expect(created).toContainText(`/${alias}`);
  const shortUrl = (await created.getByRole("link").getAttribute("href")) ?? "";

  // Follow the short URL in the browser: the API redirects to the target.
  await page.goto(shortUrl);
  await expect(page).toHaveURL(target);

  await page.goto(`${state.consoleUrl}/links/${alias}`);
  await expect(page.getByTestId("total-clicks")).toHaveText("1");
  await page.getByText("Show as a table").click();
  const today = new Date().toISOString().slice(0, 10);
  await expect(page.getByRole("row", { name: `${today} 1` })).toBeVisible();
  await checkPage(page, "link-detail");

  await page.getByRole("link", { name: "Profile" }).click();
  await expect(page.getByText(/of \d+ used/)).toBeVisible();
  await checkPage(page, "profile");
});

test("a non-admin cannot open admin pages", async ({ page }) => {
  await signIn(page, state.consoleUrl, state.user);
  await expect(page.getByRole("link", { name: "Partners" })).toHaveCount(0);
  await page.goto(`${state.consoleUrl}/admin/partners`);
  await expect(page.getByRole("heading", { name: "Admins only" })).toBeVisible();
});

test("the sign-in page is accessible", async ({ page }) => {
  await page.goto(`${state.consoleUrl}/sign-in`);
  await expect(page.getByRole("heading", { name: "Sign in to Linkgate" })).toBeVisible();
  await checkPage(page, "sign-in");
});
