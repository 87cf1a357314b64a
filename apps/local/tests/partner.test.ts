import { describe, expect, it } from "vitest";
import { adminClient, failure, partnerClient, stack, uniqueId } from "./support/stack-clients";

/** A plan of the test's own, so quotas and throttles are small and nothing else shares them. */
async function partnerOnNewPlan(plan: { quota: number; rate: number; burst: number }) {
  const admin = await adminClient();
  const planId = uniqueId("p");
  await admin.call("createPlan", {
    body: { id: planId, name: planId, throttle: { rate: plan.rate, burst: plan.burst }, quota: { limit: plan.quota, period: "DAY" }, linkLimit: 1_000 },
  });
  const created = await admin.call("createPartner", { body: { name: uniqueId("partner"), contactEmail: "p@example.com", planId } });
  return { admin, partnerId: created.partner.id, apiKey: created.apiKey.value, planId };
}

const createLink = (apiKey: string, n: number) => partnerClient(apiKey).call("createLink", { body: { target: `https://example.com/${n}` } });

describe("partner through the gateway: API key, usage plan quota and throttle", () => {
  it("creates links until the plan's quota, then 429 Limit Exceeded; a quota grant lets it continue", async () => {
    const { admin, partnerId, apiKey } = await partnerOnNewPlan({ quota: 5, rate: 1_000, burst: 1_000 });
    for (let n = 0; n < 5; n++) await createLink(apiKey, n);
    const spent = await failure(createLink(apiKey, 5));
    expect(spent.status).toBe(429);
    expect(spent.message).toBe("Limit Exceeded");
    expect(spent.gatewayErrorType).toBe("LimitExceededException");

    await admin.call("createQuotaGrant", { path: { partnerId }, body: { extraCalls: 3 } });
    for (let n = 6; n < 9; n++) await createLink(apiKey, n);
    expect((await failure(createLink(apiKey, 9))).status).toBe(429);
  });

  it("reports its own plan, quota, used and remaining on GET /v1/usage", async () => {
    const { apiKey, planId } = await partnerOnNewPlan({ quota: 50, rate: 1_000, burst: 1_000 });
    await createLink(apiKey, 1);
    const usage = await partnerClient(apiKey).call("getUsage");
    expect(usage).toMatchObject({ planId, quota: { limit: 50, period: "DAY" } });
    // The usage call itself is metered too, as on API Gateway: 1 create + this call.
    expect(usage.used + usage.remaining).toBe(50);
    expect(usage.used).toBeGreaterThanOrEqual(1);
  });

  it("answers a burst above the plan's bucket with 429 Too Many Requests", async () => {
    const { apiKey } = await partnerOnNewPlan({ quota: 10_000, rate: 1, burst: 3 });
    const client = partnerClient(apiKey);
    const results = await Promise.allSettled(Array.from({ length: 20 }, () => client.call("listLinks")));
    const throttled = results.filter((r) => r.status === "rejected" && (r.reason as { gatewayErrorType?: string }).gatewayErrorType === "TooManyRequestsException");
    const admitted = results.filter((r) => r.status === "fulfilled");
    expect(admitted.length).toBeGreaterThanOrEqual(3);
    expect(throttled.length).toBeGreaterThan(0);
    expect(admitted.length + throttled.length).toBe(20);
  });

  it("refuses calls without a key, with an unknown key, and with a revoked key: 403 Forbidden", async () => {
    const noKey = await fetch(`${stack().apiUrl}/v1/links`);
    expect(noKey.status).toBe(403);
    expect(await noKey.json()).toEqual({ message: "Forbidden" });
    expect((await failure(partnerClient("not-a-key-of-anyone-at-all-0000").call("listLinks"))).status).toBe(403);

    const { admin, partnerId, apiKey } = await partnerOnNewPlan({ quota: 100, rate: 1_000, burst: 1_000 });
    await partnerClient(apiKey).call("listLinks");
    await admin.call("revokePartner", { path: { partnerId } });
    const revoked = await failure(partnerClient(apiKey).call("listLinks"));
    expect(revoked.status).toBe(403);
  });

  it("sees only its own links", async () => {
    const first = await partnerOnNewPlan({ quota: 100, rate: 1_000, burst: 1_000 });
    const second = await partnerOnNewPlan({ quota: 100, rate: 1_000, burst: 1_000 });
    const link = await createLink(first.apiKey, 1);
    expect((await failure(partnerClient(second.apiKey).call("getLink", { path: { code: link.code } }))).status).toBe(404);
    const own = await partnerClient(second.apiKey).call("listLinks");
    expect(own.items).toEqual([]);
  });
});
