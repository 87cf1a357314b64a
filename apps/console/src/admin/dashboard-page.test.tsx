import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { json, renderApp, type RecordedRequest } from "../testing/render-app";

const admin = { username: "root", groups: ["admins"] };
const noPartners = json(200, { items: [], nextCursor: null });
const noCache = { enabled: false, sizeGb: null, status: "NOT_AVAILABLE" };
const totals = (overrides: object = {}) => json(200, { links: 1234, clicks: 56789, stageCache: noCache, computedAt: "2026-12-02T10:00:00.000Z", ...overrides });

const traffic = (calls: number, errors4xx: number, errors5xx: number, p50: number | null, p99: number | null) => ({ calls, errors4xx, errors5xx, p50LatencyMs: p50, p99LatencyMs: p99 });
function apiMetrics(range = "24h", overrides: object = {}) {
  return json(200, {
    range,
    periodSeconds: 60,
    from: "2026-12-02T09:00:00.000Z",
    to: "2026-12-02T09:03:00.000Z",
    source: "CloudWatch AWS/ApiGateway, ApiName linkgate, Stage test",
    series: [
      { at: "2026-12-02T09:00:00.000Z", ...traffic(0, 0, 0, null, null) },
      { at: "2026-12-02T09:01:00.000Z", ...traffic(150, 12, 1, 8, 90) },
      { at: "2026-12-02T09:02:00.000Z", ...traffic(50, 3, 0, 6, 40) },
    ],
    totals: traffic(200, 15, 1, 7.5, 85),
    routes: [
      { route: "redirect", method: "GET", resource: "/{code}", ...traffic(180, 10, 0, 5, 30) },
      { route: "getMe", method: "GET", resource: "/me", ...traffic(20, 5, 1, 20, 300) },
    ],
    refusals: { throttled: 7, quotaExceeded: 3, source: "CloudWatch Linkgate/Gateway: metric filters on the stage's access log" },
    computedAt: "2026-12-02T09:02:30.000Z",
    ...overrides,
  });
}

function respondWith(overrides: { totals?: () => Response; api?: (request: RecordedRequest) => Response } = {}) {
  return (request: RecordedRequest) => {
    if (request.url.pathname === "/admin/metrics") return overrides.totals?.() ?? totals();
    if (request.url.pathname === "/admin/metrics/api") return overrides.api?.(request) ?? apiMetrics(request.url.searchParams.get("range") ?? "24h");
    return noPartners;
  };
}

async function card(heading: string, respond: (request: RecordedRequest) => Response) {
  const app = await renderApp({ path: "/admin", respond, signedInAs: admin });
  const section = (await screen.findByRole("heading", { name: heading })).closest("section");
  if (!section) throw new Error(`no ${heading} card`);
  return { app, card: within(section as HTMLElement) };
}

describe("dashboard: links and clicks", () => {
  it("shows the totals", async () => {
    const { card: totalsCard } = await card("Links and clicks", respondWith());
    expect((await totalsCard.findByTestId("metric-links")).textContent).toBe((1234).toLocaleString());
    expect(totalsCard.getByTestId("metric-clicks").textContent).toBe((56789).toLocaleString());
  });

  it("has an empty state before any link", async () => {
    const { card: totalsCard } = await card("Links and clicks", respondWith({ totals: () => totals({ links: 0, clicks: 0 }) }));
    expect(await totalsCard.findByText(/No links yet/)).toBeTruthy();
  });

  it("shows a loading state, then an error with a retry that recovers", async () => {
    let fail = true;
    // The stage throttle covers admin routes too; a 429 is shown with a retry (a 5xx is retried by the query first).
    const tooMany = () => json(429, { message: "Too Many Requests" }, { "x-amzn-errortype": "TooManyRequestsException" });
    const { card: totalsCard, app } = await card("Links and clicks", respondWith({ totals: () => (fail ? tooMany() : totals()) }));
    expect(totalsCard.getByText("Loading totals…")).toBeTruthy();
    expect(await totalsCard.findByText("Too many requests")).toBeTruthy();
    fail = false;
    await userEvent.setup().click(totalsCard.getByRole("button", { name: /retry/i }));
    expect((await totalsCard.findByTestId("metric-links")).textContent).toBe((1234).toLocaleString());
    expect(app.requests.filter((r) => r.url.pathname === "/admin/metrics").length).toBe(2);
  });
});

describe("dashboard: API traffic from CloudWatch", () => {
  it("shows calls, error rates, latency and the refusals, with where each comes from", async () => {
    const { card: trafficCard } = await card("API traffic", respondWith());
    expect((await trafficCard.findByTestId("api-calls")).textContent).toBe("200");
    expect(trafficCard.getByTestId("api-rate-4xx").textContent).toBe((0.075).toLocaleString(undefined, { style: "percent", maximumFractionDigits: 1 }));
    expect(trafficCard.getByTestId("api-rate-5xx").textContent).toBe((0.005).toLocaleString(undefined, { style: "percent", maximumFractionDigits: 1 }));
    expect(trafficCard.getByText("7.5 ms / 85 ms")).toBeTruthy();
    expect(trafficCard.getByTestId("metric-throttled").textContent).toBe("7");
    expect(trafficCard.getByTestId("metric-quota-exceeded").textContent).toBe("3");
    expect(trafficCard.getByText(/metric filters on the stage's access log/)).toBeTruthy();
  });

  it("asks for the range picked, 24 hours first", async () => {
    const { card: trafficCard, app } = await card("API traffic", respondWith());
    await trafficCard.findByTestId("api-calls");
    await userEvent.setup().click(trafficCard.getByRole("radio", { name: "Last 7 days" }));
    await trafficCard.findByTestId("api-calls");
    const ranges = app.requests.filter((r) => r.url.pathname === "/admin/metrics/api").map((r) => r.url.searchParams.get("range"));
    expect(ranges).toEqual(["24h", "7d"]);
  });

  it("reads the range again on Refresh", async () => {
    const { card: trafficCard, app } = await card("API traffic", respondWith());
    await trafficCard.findByTestId("api-calls");
    await userEvent.setup().click(trafficCard.getByRole("button", { name: "Refresh" }));
    await trafficCard.findByRole("button", { name: "Refresh" });
    expect(app.requests.filter((r) => r.url.pathname === "/admin/metrics/api")).toHaveLength(2);
  });

  it("has each chart's numbers as a table", async () => {
    const { card: trafficCard } = await card("API traffic", respondWith());
    const figure = await trafficCard.findByRole("figure", { name: "Calls and errors per 1-minute period" });
    const rows = within(figure).getAllByRole("row");
    expect(rows).toHaveLength(4); // the heading row and three periods
    expect(within(rows[2] as HTMLElement).getAllByRole("cell").map((cell) => cell.textContent?.trim()).slice(1)).toEqual(["150", "12", "1"]);
    const latency = trafficCard.getByRole("figure", { name: "Latency per 1-minute period" });
    expect(within(within(latency).getAllByRole("row")[1] as HTMLElement).getAllByRole("cell").map((cell) => cell.textContent).slice(1)).toEqual(["–", "–"]);
  });

  it("sorts the per-route table by the column chosen", async () => {
    const { card: trafficCard } = await card("API traffic", respondWith());
    const table = await trafficCard.findByTestId("route-metrics");
    const firstRoute = () => within(within(table).getAllByRole("row")[1] as HTMLElement).getAllByRole("cell")[0]?.textContent;
    expect(firstRoute()).toBe("GET /{code}");
    const p99 = within(table).getByRole("button", { name: /p99/ });
    const user = userEvent.setup();
    await user.click(p99);
    expect(firstRoute()).toBe("GET /me");
    expect(p99.closest("th")?.getAttribute("aria-sort")).toBe("descending");
    await user.click(p99);
    expect(firstRoute()).toBe("GET /{code}");
    expect(p99.closest("th")?.getAttribute("aria-sort")).toBe("ascending");
  });

  it("has an empty state for a range without calls, and an error state", async () => {
    const empty = await card("API traffic", respondWith({ api: () => apiMetrics("24h", { totals: traffic(0, 0, 0, null, null), routes: [] }) }));
    expect(await empty.card.findByText(/No calls in this range/)).toBeTruthy();
    empty.app.unmount();
    const failing = await card("API traffic", respondWith({ api: () => json(400, { code: "validation_failed", message: "range is one of: 1h, 24h, 7d.", issues: [] }) }));
    expect(await failing.card.findByText(/range is one of/)).toBeTruthy();
  });
});

describe("dashboard: the monthly cost estimate", () => {
  const partner = { id: "p1", name: "Acme", contactEmail: "a@example.com", planId: "pro", status: "active", apiKeyId: "k1", createdAt: "2026-11-01T00:00:00.000Z", updatedAt: "2026-11-01T00:00:00.000Z" };
  // A function: a Response's body can be read once.
  const usage = () => json(200, {
    partnerId: "p1",
    planId: "pro",
    quota: { limit: 1_000_000, period: "MONTH" },
    from: "2026-11-30",
    to: "2026-12-02",
    // 100,000 calls over 3 days: a million a month.
    days: [
      { day: "2026-11-30", used: 33_334, remaining: 0 },
      { day: "2026-12-01", used: 33_333, remaining: 0 },
      { day: "2026-12-02", used: 33_333, remaining: 0 },
    ],
  });
  const respond = (stageCache: object) => (request: RecordedRequest) => {
    if (request.url.pathname === "/admin/partners") return json(200, { items: [partner], nextCursor: null });
    if (request.url.pathname === "/admin/partners/p1/usage") return usage();
    return respondWith({ totals: () => totals({ stageCache }) })(request);
  };
  const usd = (value: number) => new Intl.NumberFormat(undefined, { style: "currency", currency: "USD", maximumFractionDigits: 2 }).format(value);

  it("adds the stage's cache cluster, priced by the hour for its size as GetStage reports it", async () => {
    const { card: costCard } = await card("Estimated monthly AWS cost", respond({ enabled: true, sizeGb: "0.5", status: "AVAILABLE" }));
    expect((await costCard.findByTestId("cost-cache")).textContent).toBe("Cache cluster: 0.5 GB (AVAILABLE), billed every hour: 720 hours a month.");
    // 100,000 calls over 3 days: $3.50 + $1.033335 + $0.75 for the calls, and $0.02 × 720 for the cluster.
    expect(costCard.getByText(new RegExp(`cache cluster ${usd(14.4).replace("$", "\\$")}`))).toBeTruthy();
    expect(costCard.getByText(usd(3.5 + 1.033335 + 0.75 + 14.4))).toBeTruthy();
    expect(costCard.getByText(/0\.5 GB \$0\.02, 1\.6 GB \$0\.038, .*237 GB \$3\.80 per hour of an API Gateway cache cluster/)).toBeTruthy();
  });

  it("counts no cache on a stage without a cluster", async () => {
    const { card: costCard } = await card("Estimated monthly AWS cost", respond(noCache));
    expect((await costCard.findByTestId("cost-cache")).textContent).toBe("Cache cluster: none on this stage.");
    expect(costCard.getByText(usd(3.5 + 1.033335 + 0.75))).toBeTruthy();
  });
});
