import { expect, test, type Locator, type Page } from "@playwright/test";
import { readE2eState } from "./stack-env";

const state = readE2eState();
const MAX_TABS = 80;

/** Presses Tab until `target` has focus (never clicks), then checks the focus ring is drawn. */
async function tabTo(page: Page, target: Locator, what: string): Promise<void> {
  await expect(target, what).toBeVisible();
  for (let presses = 0; presses < MAX_TABS; presses++) {
    if (await target.evaluate((element) => element === document.activeElement)) {
      const ring = await target.evaluate((element) => {
        const style = getComputedStyle(element);
        return { visible: element.matches(":focus-visible"), outline: style.outlineStyle, width: parseFloat(style.outlineWidth) };
      });
      expect(ring.visible, `${what} matches :focus-visible`).toBe(true);
      expect(ring.outline, `${what} draws an outline`).not.toBe("none");
      expect(ring.width, `${what} outline width`).toBeGreaterThan(0);
      return;
    }
    await page.keyboard.press("Tab");
  }
  throw new Error(`${what} never received focus within ${MAX_TABS} presses of Tab.`);
}

test("keyboard only: a user signs in, creates a link and opens its detail with Tab, Enter and Space", async ({ page }) => {
  await page.goto(`${state.consoleUrl}/sign-in`);
  await tabTo(page, page.getByLabel("Username", { exact: true }), "Username");
  await page.keyboard.type(state.user.username);
  await tabTo(page, page.getByLabel("Password", { exact: true }), "Password");
  await page.keyboard.type(state.user.password);
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { name: "My links" })).toBeVisible();

  const alias = `kbd-${Date.now().toString(36)}`;
  await tabTo(page, page.getByLabel("Target URL"), "Target URL");
  await page.keyboard.type(`${state.apiUrl.replace("127.0.0.1", "localhost")}/health`);
  await tabTo(page, page.getByLabel("Custom alias (optional)"), "Custom alias");
  await page.keyboard.type(alias);
  await tabTo(page, page.getByRole("button", { name: "Create link" }), "Create link button");
  await page.keyboard.press("Space");
  await expect(page.getByRole("status").filter({ hasText: "Created" })).toContainText(`/${alias}`);

  await tabTo(page, page.getByRole("row").getByRole("link", { name: alias, exact: true }), `the ${alias} row's link`);
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { name: `Link ${alias}` })).toBeVisible();
  await expect(page.getByTestId("total-clicks")).toHaveText("0");
});
