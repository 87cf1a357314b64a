import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { json, renderApp, type RecordedRequest } from "../testing/render-app";

const admin = { username: "root", groups: ["admins"] };
const noPartners = json(200, { items: [], nextCursor: null });
const metrics = (overrides: object = {}) => json(200, { links: 1234, clicks: 56789, throttled: 7, quotaExceeded: 3, computedAt: "2026-12-02T10:00:00.000Z", ...overrides });

async function metricsCard(respond: (request: RecordedRequest) => Response) {
  const app = await renderApp({ path: "/admin", respond, signedInAs: admin });
  const card = (await screen.findByRole("heading", { name: "Links, clicks and refusals" })).closest("section");
  if (!card) throw new Error("no metrics card");
  return { app, card: within(card as HTMLElement) };
}

describe("dashboard: links, clicks and gateway refusals", () => {
  it("shows the totals and the local stack's throttle and quota counts", async () => {
    const { card } = await metricsCard((request) => (request.url.pathname === "/admin/metrics" ? metrics() : noPartners));
    expect((await card.findByTestId("metric-links")).textContent).toBe((1234).toLocaleString());
    expect(card.getByTestId("metric-clicks").textContent).toBe((56789).toLocaleString());
    expect(card.getByTestId("metric-throttled").textContent).toBe("7");
    expect(card.getByTestId("metric-quota-exceeded").textContent).toBe("3");
    expect(card.getByText(/counted by the local stack's gateway/)).toBeTruthy();
  });

  it("says the refusal counts are not available where the API answers null (AWS)", async () => {
    const { card } = await metricsCard((request) => (request.url.pathname === "/admin/metrics" ? metrics({ throttled: null, quotaExceeded: null }) : noPartners));
    expect((await card.findByTestId("metric-throttled")).textContent).toBe("not available");
    expect(card.getByTestId("metric-quota-exceeded").textContent).toBe("not available");
    expect(card.getByText(/not available on this stack/)).toBeTruthy();
  });

  it("has an empty state before any link or refusal", async () => {
    const { card } = await metricsCard((request) => (request.url.pathname === "/admin/metrics" ? metrics({ links: 0, clicks: 0, throttled: 0, quotaExceeded: 0 }) : noPartners));
    expect(await card.findByText(/No links and no refused calls yet/)).toBeTruthy();
  });

  it("shows a loading state, then an error with a retry that recovers", async () => {
    let fail = true;
    const { card, app } = await metricsCard((request) => {
      if (request.url.pathname !== "/admin/metrics") return noPartners;
      // The stage throttle covers admin routes too; a 429 is shown with a retry (a 5xx is retried by the query first).
      return fail ? json(429, { message: "Too Many Requests" }, { "x-amzn-errortype": "TooManyRequestsException" }) : metrics();
    });
    expect(card.getByText("Loading totals…")).toBeTruthy();
    expect(await card.findByText("Too many requests")).toBeTruthy();
    fail = false;
    await userEvent.setup().click(card.getByRole("button", { name: /retry/i }));
    expect((await card.findByTestId("metric-links")).textContent).toBe((1234).toLocaleString());
    expect(app.requests.filter((r) => r.url.pathname === "/admin/metrics").length).toBe(2);
  });
});
