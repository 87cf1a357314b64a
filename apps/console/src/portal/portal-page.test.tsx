import { plans } from "@linkgate/contract";
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { json, renderApp, type RecordedRequest } from "../testing/render-app";

const partnerAccount = { username: "acme", groups: ["partners"] };
const stamp = "2026-12-01T00:00:00.000Z";
const partner = (over: Partial<{ apiKeyId: string | null; status: string; planId: string; keyId: string }> = {}) => ({
  id: "p_1",
  name: "Acme",
  contactEmail: "dev@acme.test",
  planId: "free",
  status: "active",
  apiKeyId: "k1",
  keyId: "k1",
  createdAt: stamp,
  updatedAt: stamp,
  ...over,
});
const usage = (keyId: string) => ({
  partnerId: "p_1",
  keyId,
  planId: "free",
  from: "2026-12-01",
  to: "2026-12-03",
  quota: { limit: 1000, period: "MONTH" },
  days: [
    { day: "2026-12-01", used: 3, remaining: 997 },
    { day: "2026-12-02", used: 4, remaining: 993 },
    { day: "2026-12-03", used: 0, remaining: 993 },
  ],
  current: { planId: "free", throttle: { rate: 5, burst: 10 }, quota: { limit: 1000, period: "MONTH" }, used: 7, remaining: 993, periodStart: stamp, periodEnd: "2027-01-01T00:00:00.000Z" },
});

/** A scripted portal API: one partner account, its partner created on demand, rotation and revocation. */
function portalApi() {
  let mine: ReturnType<typeof partner> | undefined;
  let keys = 0;
  const requests: { planId: string; status: string }[] = [];
  const issue = () => {
    keys += 1;
    mine = partner({ apiKeyId: `k${keys}`, keyId: `k${keys}`, status: "active" });
    return { partner: { ...mine, keyId: undefined }, apiKey: { id: `k${keys}`, value: `secret-value-${keys}` } };
  };
  return (request: RecordedRequest) => {
    const path = request.url.pathname;
    if (path === "/portal/plans") return json(200, { items: plans });
    if (path === "/portal/partner" && request.method === "GET") return mine ? json(200, mine) : json(404, { code: "not_found", message: "You have no partner yet." });
    if (path === "/portal/partner" && request.method === "POST") return json(201, issue());
    if (path === `/portal/keys/${mine?.keyId}/rotate`) return json(201, issue());
    if (path === `/portal/keys/${mine?.keyId}` && request.method === "DELETE") {
      mine = { ...mine!, status: "revoked", apiKeyId: null };
      return json(200, { ...mine, keyId: undefined });
    }
    if (path.startsWith("/portal/keys/") && path.endsWith("/usage")) return json(200, usage(path.split("/")[3]!));
    if (path === "/portal/upgrade-requests" && request.method === "GET") return json(200, { items: requests.map((one, i) => ({ id: `ur_${i}`, partnerId: "p_1", fromPlanId: "free", reason: null, createdAt: stamp, decidedAt: null, ...one })) });
    if (path === "/portal/upgrade-requests") {
      requests.push({ planId: (request.body as { planId: string }).planId, status: "pending" });
      return json(201, { id: "ur_0", partnerId: "p_1", fromPlanId: "free", planId: "pro", status: "pending", reason: null, createdAt: stamp, decidedAt: null });
    }
    return json(403, { message: "Forbidden" }, { "x-amzn-errortype": "AccessDeniedException" });
  };
}

describe("partner portal", () => {
  it("creates the account's partner and shows its key once, then usage against the quota and what is left", async () => {
    const app = await renderApp({ path: "/", respond: portalApi(), signedInAs: partnerAccount });
    const user = userEvent.setup();
    const form = await screen.findByRole("form", { name: "Create your partner" });
    await user.type(within(form).getByLabelText("Partner name (optional)"), "Acme");
    await user.click(within(form).getByRole("button", { name: "Create partner and key" }));
    expect((await screen.findByTestId("issued-api-key")).textContent).toBe("secret-value-1");
    expect(app.requests.find((request) => request.method === "POST")?.body).toEqual({ name: "Acme" });
    expect(await screen.findByTestId("portal-plan")).toHaveProperty("textContent", "free");
    expect((await screen.findByTestId("usage-remaining")).textContent).toBe("993 of 1,000 calls per month");
    expect(screen.getByTestId("usage-used").textContent).toBe("7");
    expect(await screen.findByRole("figure", { name: /Calls used in the quota period/ })).toBeTruthy();
    // The partner account's nav: its portal, no user pages.
    const nav = screen.getByRole("navigation", { name: "Main" });
    expect(within(nav).queryByRole("link", { name: "My links" })).toBeNull();
    expect(within(nav).getByRole("link", { name: "Portal" })).toBeTruthy();
  });

  it("rotates the key (the new value shown once), revokes it, and gets a new one for the revoked key", async () => {
    const respond = portalApi();
    const app = await renderApp({ path: "/portal", respond, signedInAs: partnerAccount });
    const user = userEvent.setup();
    await user.click(await screen.findByRole("button", { name: "Create partner and key" }));
    await user.click(await screen.findByRole("button", { name: "Rotate key" }));
    await user.click(await screen.findByRole("button", { name: "Replace key" }));
    await waitFor(() => expect(screen.getByTestId("issued-api-key").textContent).toBe("secret-value-2"));

    await user.click(await screen.findByRole("button", { name: "Revoke key" }));
    await user.click(await screen.findByRole("button", { name: "Revoke" }));
    await waitFor(() => expect(screen.getByTestId("portal-status").textContent).toBe("revoked"));
    expect(app.requests.some((request) => request.method === "DELETE" && request.url.pathname === "/portal/keys/k2")).toBe(true);

    await user.click(screen.getByRole("button", { name: "Get a new key" }));
    await user.click(await screen.findByRole("button", { name: "Replace key" }));
    await waitFor(() => expect(screen.getByTestId("issued-api-key").textContent).toBe("secret-value-3"));
    expect(app.requests.some((request) => request.url.pathname === "/portal/keys/k2/rotate")).toBe(true);
  });

  it("asks for another plan, then shows the request as pending instead of the form", async () => {
    const app = await renderApp({ path: "/portal", respond: portalApi(), signedInAs: partnerAccount });
    const user = userEvent.setup();
    await user.click(await screen.findByRole("button", { name: "Create partner and key" }));
    const ask = await screen.findByRole("form", { name: "Ask for another plan" });
    const choice = within(ask).getByLabelText("Plan to ask for");
    await waitFor(() => expect(within(choice).getAllByRole("option").map((option) => option.getAttribute("value"))).toEqual(["pro", "enterprise"]));
    await user.selectOptions(choice, "pro");
    await user.click(within(ask).getByRole("button", { name: "Ask for this plan" }));
    expect(await screen.findByText("Your request for pro is waiting for an admin.")).toBeTruthy();
    expect(app.requests.find((request) => request.url.pathname === "/portal/upgrade-requests" && request.method === "POST")?.body).toEqual({ planId: "pro" });
    expect(screen.getByTestId("upgrade-status").textContent).toBe("pending");
  });

  it("is for partner accounts only, and keeps partner accounts off the user pages without calling /me", async () => {
    await renderApp({ path: "/portal", respond: portalApi(), signedInAs: { username: "ada" } });
    expect(await screen.findByRole("heading", { name: "Partner accounts only" })).toBeTruthy();

    const partnerView = await renderApp({ path: "/links", respond: portalApi(), signedInAs: partnerAccount });
    expect(await screen.findByRole("heading", { name: "Partner accounts have no links here" })).toBeTruthy();
    expect(partnerView.requests.some((request) => request.url.pathname.startsWith("/me"))).toBe(false);
    expect(partnerView.session.getState().status).toBe("signedIn");
  });
});
