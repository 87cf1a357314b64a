import { describe, expect, it } from "vitest";
import { adminClient, clientWithToken, failure, newUser, partnerClient, signIn, uniqueId } from "./support/stack-clients";

describe("admin through the authorizer", () => {
  it("lists users with a search", async () => {
    const admin = await adminClient();
    const { username } = await newUser("findme");
    const page = await admin.call("listUsers", { query: { search: username } });
    expect(page.items.map((u) => u.username)).toEqual([username]);
  });

  it("disables a user: that user's next requests are refused although the token still verifies", async () => {
    const admin = await adminClient();
    const victim = await newUser("disabled");
    await victim.client.call("getMe");
    await admin.call("updateUser", { path: { username: victim.username }, body: { enabled: false } });
    // The disable flushes the stage's authorizer cache, and the authorizer reads the flag on every
    // invocation: the very next request is refused, although the token itself still verifies.
    const refused = await failure(victim.client.call("getMe"));
    expect(refused.status).toBe(401);
    expect((await admin.call("getUser", { path: { username: victim.username } })).enabled).toBe(false);
  });

  it("promotes a user to admin: after signing in again, admin routes open", async () => {
    const admin = await adminClient();
    const user = await newUser("promoted");
    expect((await failure(user.client.call("listPlans"))).status).toBe(403);
    await admin.call("addUserToAdmins", { path: { username: user.username } });
    // Groups travel in the access token: the promotion shows in the next token, not the old one.
    const plans = await clientWithToken(await signIn(user.username, user.password)).call("listPlans");
    expect(plans.items.map((p) => p.id)).toEqual(expect.arrayContaining(["free", "pro", "enterprise"]));
  });

  it("creates a partner and sees its key once; the key works; a plan change applies the new throttle", async () => {
    const admin = await adminClient();
    const roomy = uniqueId("roomy");
    const tight = uniqueId("tight");
    await admin.call("createPlan", { body: { id: roomy, name: roomy, throttle: { rate: 1_000, burst: 1_000 }, quota: { limit: 10_000, period: "MONTH" }, linkLimit: 10 } });
    await admin.call("createPlan", { body: { id: tight, name: tight, throttle: { rate: 1, burst: 2 }, quota: { limit: 10_000, period: "MONTH" }, linkLimit: 10 } });
    const created = await admin.call("createPartner", { body: { name: uniqueId("acme"), contactEmail: "ops@acme.example", planId: roomy } });
    expect(created.apiKey.value.length).toBeGreaterThanOrEqual(20);
    const fetched = await admin.call("getPartner", { path: { partnerId: created.partner.id } });
    expect(JSON.stringify(fetched)).not.toContain(created.apiKey.value);

    const client = partnerClient(created.apiKey.value);
    const burst = () => Promise.allSettled(Array.from({ length: 12 }, () => client.call("listLinks")));
    expect((await burst()).every((r) => r.status === "fulfilled")).toBe(true);

    await admin.call("updatePartner", { path: { partnerId: created.partner.id }, body: { planId: tight } });
    const afterChange = await burst();
    expect(afterChange.some((r) => r.status === "rejected" && (r.reason as { status: number }).status === 429)).toBe(true);
  });

  it("rotates a partner's key: the new key works, the old one is refused", async () => {
    const admin = await adminClient();
    const created = await admin.call("createPartner", { body: { name: uniqueId("rot"), contactEmail: "r@example.com", planId: "pro" } });
    const rotated = await admin.call("rotatePartnerKey", { path: { partnerId: created.partner.id } });
    expect(rotated.apiKey.value).not.toBe(created.apiKey.value);
    await partnerClient(rotated.apiKey.value).call("listLinks");
    expect((await failure(partnerClient(created.apiKey.value).call("listLinks"))).status).toBe(403);
  });
});

describe("admin metrics on the local stack", () => {
  it("reads the API's traffic and refusals from the stack's CloudWatch, and the link and click totals", async () => {
    const admin = await adminClient();
    const before = await admin.call("getAdminMetrics");
    const trafficBefore = await admin.call("getApiMetrics", { query: { range: "1h" } });

    const planId = uniqueId("metered");
    await admin.call("createPlan", { body: { id: planId, name: planId, throttle: { rate: 1_000, burst: 1_000 }, quota: { limit: 2, period: "DAY" }, linkLimit: 10 } });
    const created = await admin.call("createPartner", { body: { name: uniqueId("met"), contactEmail: "m@example.com", planId } });
    const client = partnerClient(created.apiKey.value);
    const link = await client.call("createLink", { body: { target: "https://example.com/metrics" } });
    await fetch(link.shortUrl, { redirect: "manual" });
    const refused = await Promise.allSettled(Array.from({ length: 3 }, () => client.call("listLinks")));
    const overQuota = refused.filter((r) => r.status === "rejected" && (r.reason as { gatewayErrorType?: string }).gatewayErrorType === "LimitExceededException").length;
    expect(overQuota).toBeGreaterThan(0);

    // Other suites share the stack and may add to every counter meanwhile: at least our own share.
    const after = await admin.call("getAdminMetrics");
    const trafficAfter = await admin.call("getApiMetrics", { query: { range: "1h" } });
    expect(trafficAfter.refusals.quotaExceeded - trafficBefore.refusals.quotaExceeded).toBeGreaterThanOrEqual(overQuota);
    expect(trafficAfter.refusals.throttled).toBeGreaterThanOrEqual(trafficBefore.refusals.throttled);
    // Our calls: two admin reads, the plan, the partner, the link, the redirect, three list calls.
    expect(trafficAfter.totals.calls - trafficBefore.totals.calls).toBeGreaterThanOrEqual(8);
    expect(trafficAfter.routes.find((route) => route.route === "redirect")?.calls).toBeGreaterThanOrEqual(1);
    expect(after.links).toBeGreaterThanOrEqual(before.links + 1);
    expect(after.clicks).toBeGreaterThanOrEqual(before.clicks + 1);
  });
});
