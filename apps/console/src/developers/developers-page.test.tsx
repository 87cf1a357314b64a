import { plans } from "@linkgate/contract";
import { screen, within } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { json, renderApp, type RecordedRequest } from "../testing/render-app";

// Swagger UI does not render under happy-dom (its prebuilt elements fail React 19's element check
// there, not in a browser): the reference is the e2e suite's (e2e/portal.e2e.ts), here it is a stand-in.
vi.mock("./api-reference", () => ({ default: () => <h2>API reference (stand-in)</h2> }));
const respond = (request: RecordedRequest) => {
  if (request.url.pathname === "/portal/plans") return json(200, { items: plans });
  return json(404, { code: "not_found", message: "No such route." });
};

describe("developer docs", () => {
  it("are readable signed out: getting started with this stage's URL, the gateway's refusals, every plan's limits", async () => {
    const app = await renderApp({ path: "/developers", respond });
    expect(await screen.findByRole("heading", { level: 1, name: "Linkgate for developers" })).toBeTruthy();
    expect(screen.getByRole("link", { name: "Sign up as a partner" }).getAttribute("href")).toBe("/developers/sign-up");
    expect(screen.getByText(/curl -X POST 'http:\/\/api\.test\/v1\/links'/)).toBeTruthy();
    expect(screen.getByText(/createApiClient\(\{ baseUrl: "http:\/\/api\.test"/)).toBeTruthy();

    const refusals = screen.getByRole("table", { name: "The gateway's refusals" });
    const rowOf = (name: RegExp) => within(refusals).getByRole("rowheader", { name }).closest("tr") as HTMLElement;
    expect(within(rowOf(/^403 Forbidden/)).getByText(/rotate it in the portal/)).toBeTruthy();
    expect(within(rowOf(/^429 Too Many Requests/)).getByText(/backing off exponentially/)).toBeTruthy();
    expect(within(rowOf(/^429 Limit Exceeded/)).getByText(/until the period resets/)).toBeTruthy();
    expect(within(refusals).getByText("LimitExceededException")).toBeTruthy();

    const planTable = await screen.findByRole("table", { name: "Plans and their limits" });
    const free = within(planTable).getByRole("rowheader", { name: /Free/ }).closest("tr") as HTMLElement;
    expect(within(free).getAllByRole("cell").map((cell) => cell.textContent)).toEqual(["5", "10", "1,000 calls per month", "100"]);
    expect(within(planTable).getAllByRole("row")).toHaveLength(plans.length + 1);

    expect(await screen.findByRole("heading", { name: "API reference (stand-in)" })).toBeTruthy();
    // Public routes: no token was sent, and nothing asked for one.
    expect(app.requests.map((request) => request.url.pathname)).toEqual(["/portal/plans"]);
    expect(app.requests.every((request) => !request.headers.has("authorization"))).toBe(true);
    expect(screen.getByRole("link", { name: "Sign in" })).toBeTruthy();
  });

  it("show a signed-in user the console's own navigation around them", async () => {
    await renderApp({ path: "/developers", respond, signedInAs: { username: "ada" } });
    expect(await screen.findByRole("heading", { level: 1, name: "Linkgate for developers" })).toBeTruthy();
    const nav = screen.getByRole("navigation", { name: "Main" });
    expect(within(nav).getByRole("link", { name: "My links" })).toBeTruthy();
    expect(within(nav).queryByRole("link", { name: "Sign in" })).toBeNull();
  });

  it("replace the old admin page: /admin/developers leads to /developers", async () => {
    await renderApp({ path: "/admin/developers", respond, signedInAs: { username: "root", groups: ["admins"] } });
    expect(await screen.findByRole("heading", { level: 1, name: "Linkgate for developers" })).toBeTruthy();
  });
});
