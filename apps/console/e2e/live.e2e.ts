import { expect, test, type Browser, type Page } from "@playwright/test";
import { expectAccessible, signIn } from "./helpers";
import { readE2eState } from "./stack-env";

const state = readE2eState();

/** Creates a link through the console and returns its short URL. */
async function createLink(page: Page, alias: string): Promise<string> {
  await page.getByLabel("Target URL").fill(`${state.apiUrl.replace("127.0.0.1", "localhost")}/health`);
  await page.getByLabel("Custom alias (optional)").fill(alias);
  await page.getByRole("button", { name: "Create link" }).click();
  const created = page.getByRole("status").filter({ hasText: "Created" });
  await expect(created).toContainText(`/${alias}`);
  return (await created.getByRole("link").getAttribute("href")) ?? "";
}

/** A click from somebody else: another browser context, which follows nothing off loopback. */
async function clickFromElsewhere(browser: Browser, shortUrl: string): Promise<void> {
  const visitor = await browser.newContext();
  try {
    const response = await visitor.request.get(shortUrl, { maxRedirects: 0 });
    // A link without an expiry redirects permanently.
    expect(response.status()).toBe(301);
  } finally {
    await visitor.close();
  }
}

test("a click made from another browser context updates the open link page and My links within 2 s, without a reload", async ({ page, browser }) => {
  await signIn(page, state.consoleUrl, state.user);
  const alias = `live-${Date.now().toString(36)}`;
  const shortUrl = await createLink(page, alias);

  await page.goto(`${state.consoleUrl}/links/${alias}`);
  await expect(page.getByTestId("total-clicks")).toHaveText("0");
  await expect(page.getByTestId("live-status")).toHaveText("Live");
  let navigations = 0;
  page.on("framenavigated", () => (navigations += 1));

  await clickFromElsewhere(browser, shortUrl);
  await expect(page.getByTestId("total-clicks")).toHaveText("1", { timeout: 2_000 });
  await page.getByText("Show as a table").click();
  const today = new Date().toISOString().slice(0, 10);
  await expect(page.getByRole("row", { name: `${today} 1` })).toBeVisible({ timeout: 2_000 });
  await expectAccessible(page, "link-detail-live");

  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "My links" }).click();
  const row = page.getByRole("row").filter({ hasText: alias });
  await expect(row.getByRole("cell").filter({ hasText: /^1$/ })).toBeVisible();
  await clickFromElsewhere(browser, shortUrl);
  await clickFromElsewhere(browser, shortUrl);
  await expect(row.getByRole("cell").filter({ hasText: /^3$/ })).toBeVisible({ timeout: 2_000 });
  // Client-side navigation only: the numbers moved without the page being loaded again.
  expect(navigations).toBeLessThanOrEqual(1);
});

test("the admin dashboard's API traffic moves live when redirects happen", async ({ page, browser }) => {
  await signIn(page, state.consoleUrl, state.admin);
  const alias = `traffic-${Date.now().toString(36)}`;
  const shortUrl = await createLink(page, alias);
  await page.getByRole("link", { name: "Dashboard" }).click();
  await page.getByLabel("Last hour").check();
  await expect(page.getByTestId("live-status")).toHaveText("Live");
  const calls = page.getByTestId("api-calls");
  await expect(calls).toBeVisible();
  const before = Number((await calls.innerText()).replace(/\D/g, ""));

  await clickFromElsewhere(browser, shortUrl);
  // The refresh comes from the traffic message, not from a click on Refresh or a timer.
  await expect.poll(async () => Number((await calls.innerText()).replace(/\D/g, "")), { timeout: 5_000 }).toBeGreaterThan(before);
});
