import { createApiClient } from "@linkgate/contract";
import { expect, test } from "@playwright/test";
import { checkPage, signIn } from "./helpers";
import { readE2eState } from "./stack-env";

const state = readE2eState();

test("an admin creates a partner, the key works against the API, then grants quota and sees usage", async ({ page }) => {
  await signIn(page, state.consoleUrl, state.admin);
  await page.getByRole("link", { name: "Plans" }).click();
  await expect(page.getByRole("cell", { name: /Free/ })).toBeVisible();
  await checkPage(page, "admin-plans");

  await page.getByRole("link", { name: "Partners" }).click();
  const name = `E2E Partner ${Date.now().toString(36)}`;
  await page.getByLabel("Name").fill(name);
  await page.getByLabel("Contact email").fill("partner@example.com");
  await page.getByLabel("Plan").selectOption("free");
  await page.getByRole("button", { name: "Create partner" }).click();
  await expect(page.getByText("it will not be shown again")).toBeVisible();
  const apiKey = (await page.getByTestId("issued-api-key").textContent())?.trim() ?? "";
  expect(apiKey.length).toBeGreaterThan(20);
  await checkPage(page, "admin-partners");

  // The partner's key works against the API (x-api-key, usage plan enforced by the gateway).
  const partnerClient = createApiClient({ baseUrl: state.apiUrl, apiKey });
  for (let i = 0; i < 3; i++) await partnerClient.call("listLinks");

  await page.getByRole("link", { name }).click();
  await expect(page.getByRole("heading", { name })).toBeVisible();
  await page.getByLabel("Extra calls this period").fill("500");
  await page.getByLabel("Reason (optional)").fill("e2e launch week");
  await page.getByRole("button", { name: "Grant" }).click();
  await expect(page.getByText(/Granted 500 calls/)).toBeVisible();
  await page.getByText("Show as a table").click();
  const today = new Date().toISOString().slice(0, 10);
  await expect(page.getByRole("row", { name: new RegExp(`^${today} [1-9]`) })).toBeVisible();
  await checkPage(page, "admin-partner-detail");
});

test("the admin users page lists users and opens one", async ({ page }) => {
  await signIn(page, state.consoleUrl, state.admin);
  await page.getByRole("link", { name: "Users" }).click();
  await page.getByLabel(/starts with/).fill(state.user.username);
  await page.getByRole("button", { name: "Search" }).click();
  await page.getByRole("link", { name: state.user.username }).click();
  await expect(page.getByTestId("user-enabled")).toHaveText("enabled");
  await checkPage(page, "admin-user-detail");
});

test("the admin dashboard shows the API's traffic from CloudWatch, link and click totals, partner calls and an estimated monthly cost with its sources", async ({ page }) => {
  // A link and a click of our own, so the totals are not the empty state whatever ran before.
  const partner = createApiClient({ baseUrl: state.apiUrl, apiKey: state.partner.apiKey });
  const link = await partner.call("createLink", { body: { target: "https://example.com/dashboard" } });
  expect((await fetch(link.shortUrl, { redirect: "manual" })).status).toBe(301);
  await signIn(page, state.consoleUrl, state.admin);
  await page.getByRole("link", { name: "Dashboard" }).click();
  await expect(page.getByRole("heading", { name: "Estimated monthly AWS cost" })).toBeVisible();
  // The REST call price and the cache's hourly prices cite the same page.
  await expect(page.getByText(/api-gateway\/pricing/)).toHaveCount(2);
  // The e2e stack runs as the local stage does, without a cache cluster (GetStage says so).
  await expect(page.getByTestId("cost-cache")).toHaveText("Cache cluster: none on this stage.");
  await expect(page.getByRole("table", { name: "Calls per partner" })).toBeVisible();
  await expect(page.getByTestId("metric-links")).toHaveText(/^\d[\d,]*$/);
  await expect(page.getByTestId("metric-clicks")).toHaveText(/^\d[\d,]*$/);

  // GET /admin/metrics/api: the stage's CloudWatch metrics. Calls of ours to /health, counted per route.
  await page.getByRole("radio", { name: "Last hour" }).check();
  const healthCalls = async () => {
    const row = page.getByTestId("route-metrics").getByRole("row", { name: /^GET \/health / });
    return (await row.count()) === 0 ? 0 : Number((await row.getByRole("cell").nth(1).textContent())?.replace(/\D/g, ""));
  };
  await expect(page.getByTestId("route-metrics")).toBeVisible();
  const before = await healthCalls();
  for (let i = 0; i < 5; i++) expect((await fetch(`${state.apiUrl}/health`)).status).toBe(200);
  await expect(async () => {
    await page.getByRole("button", { name: "Refresh" }).click();
    await expect(page.getByRole("button", { name: "Refresh" })).toBeEnabled();
    expect(await healthCalls()).toBe(before + 5);
  }).toPass({ timeout: 20_000 });

  // The chart's points, as its table gives them, add up to the range's calls.
  const chart = page.getByRole("figure", { name: "Calls and errors per 1-minute period" });
  await expect(chart).toBeVisible();
  await chart.getByText("Show as a table").click();
  const callsColumn = await chart.getByRole("row").evaluateAll((rows) => rows.slice(1).map((row) => Number(row.children[1]?.textContent ?? "0")));
  expect(callsColumn).toHaveLength(60);
  const total = Number((await page.getByTestId("api-calls").textContent())?.replace(/\D/g, ""));
  expect(callsColumn.reduce((sum, calls) => sum + calls, 0)).toBe(total);
  await expect(page.getByTestId("metric-throttled")).toHaveText(/^\d[\d,]*$/);
  await expect(page.getByTestId("metric-quota-exceeded")).toHaveText(/^\d[\d,]*$/);
  await checkPage(page, "admin-dashboard");
});
