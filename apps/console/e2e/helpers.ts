import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";
import { mkdirSync } from "node:fs";
import { fileURLToPath } from "node:url";

const screenshotDir = fileURLToPath(new URL("./.artifacts/screenshots/", import.meta.url));

/** Signs in on the sign-in page and waits for the account's home: a user's links, a partner account's portal. */
export async function signIn(page: Page, consoleUrl: string, credentials: { username: string; password: string }, home = "My links"): Promise<void> {
  await page.goto(`${consoleUrl}/sign-in`);
  await page.getByLabel("Username", { exact: true }).fill(credentials.username);
  await page.getByLabel("Password", { exact: true }).fill(credentials.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { name: home, level: 1 })).toBeVisible();
}

/** A full-page screenshot kept as a test artifact (e2e/.artifacts/screenshots/<name>.png). */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(screenshotDir, { recursive: true });
  await page.screenshot({ path: `${screenshotDir}${name}.png`, fullPage: true });
}

/** axe-core over the page as it is: no serious or critical violation allowed. */
export async function expectAccessible(page: Page, name: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const severe = results.violations
    .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
    .map((violation) => `${violation.id} (${violation.impact}): ${violation.help} — ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`);
  expect(severe, `axe on ${name}`).toEqual([]);
}

/** Screenshot, then axe: what every main page gets, at desktop and at 375 px wide. */
export async function checkPage(page: Page, name: string): Promise<void> {
  await screenshot(page, name);
  await expectAccessible(page, name);
  const size = page.viewportSize();
  await page.setViewportSize({ width: 375, height: 812 });
  // Charts follow their container through a ResizeObserver: give the layout a moment to settle.
  await expect
    .poll(() => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth), {
      message: `${name} fits 375 px without horizontal scrolling`,
      timeout: 10_000,
    })
    .toBeLessThanOrEqual(0);
  await screenshot(page, `${name}-375px`);
  if (size) await page.setViewportSize(size);
}
