import { parseEpochDay } from "@linkgate/utc-calendar";
import { describe, expect, it } from "vitest";
import type { AdmitRequest } from "./usage-gate";
import type { NewUsagePlan } from "./usage-model";
import { UsagePlanStore } from "./usage-plan-store";

const T0 = Date.parse("2026-11-24T12:00:00Z");
const KEY_VALUE = "k".repeat(30);

function aPlan(overrides: Partial<NewUsagePlan> = {}): NewUsagePlan {
  return { name: "tier", apiStages: [{ apiId: "api1", stage: "prod" }], ...overrides };
}

function aRequest(overrides: Partial<AdmitRequest> = {}): AdmitRequest {
  return { apiKeyValue: KEY_VALUE, restApiId: "api1", stage: "prod", resourcePath: "/v1/links", httpMethod: "GET", now: T0, ...overrides };
}

async function storeWith(plan: NewUsagePlan, enabled = true) {
  const store = await UsagePlanStore.open();
  const created = store.createUsagePlan(plan, T0);
  const key = store.createApiKey({ value: KEY_VALUE, enabled }, T0);
  store.addKeyToPlan(created.id, key.id);
  return { store, plan: created, key };
}

describe("UsagePlanStore.admit", () => {
  it("forbids missing, unknown and disabled keys, and keys not on this stage", async () => {
    const { store, key } = await storeWith(aPlan());
    expect(store.admit(aRequest({ apiKeyValue: undefined })).admitted).toBe(false);
    expect(store.admit(aRequest({ apiKeyValue: "x".repeat(30) }))).toEqual({ admitted: false, reason: "Forbidden" });
    expect(store.admit(aRequest({ stage: "dev" }))).toEqual({ admitted: false, reason: "Forbidden" });
    expect(store.admit(aRequest())).toMatchObject({ admitted: true, apiKeyId: key.id });
    store.updateApiKey(key.id, { enabled: false });
    expect(store.admit(aRequest())).toEqual({ admitted: false, reason: "Forbidden" });
  });

  it("admits exactly the remaining quota out of 200 interleaved requests", async () => {
    const { store } = await storeWith(aPlan({ quota: { limit: 50, offset: 0, period: "DAY" } }));
    const results = await Promise.all(
      Array.from({ length: 200 }, async (_, i) => {
        await new Promise((resolve) => setImmediate(resolve, i));
        return store.admit(aRequest());
      }),
    );
    expect(results.filter((r) => r.admitted)).toHaveLength(50);
    expect(results.filter((r) => !r.admitted && r.reason === "LimitExceeded")).toHaveLength(150);
  });

  it("meters one quota per key across all the plan's stages", async () => {
    const stages = [{ apiId: "api1", stage: "prod" }, { apiId: "api2", stage: "v1" }];
    const { store } = await storeWith(aPlan({ apiStages: stages, quota: { limit: 2, offset: 0, period: "WEEK" } }));
    expect(store.admit(aRequest()).admitted).toBe(true);
    expect(store.admit(aRequest({ restApiId: "api2", stage: "v1" })).admitted).toBe(true);
    expect(store.admit(aRequest({ restApiId: "api2", stage: "v1" }))).toEqual({ admitted: false, reason: "LimitExceeded" });
  });

  it("resets the quota at the next UTC period", async () => {
    const { store } = await storeWith(aPlan({ quota: { limit: 1, offset: 0, period: "DAY" } }));
    expect(store.admit(aRequest()).admitted).toBe(true);
    expect(store.admit(aRequest())).toEqual({ admitted: false, reason: "LimitExceeded" });
    expect(store.admit(aRequest({ now: Date.parse("2026-11-25T00:00:00Z") })).admitted).toBe(true);
  });

  it("throttles with the per-method limit before the plan limit, and does not charge quota when throttled", async () => {
    const perMethod = { "/v1/links/GET": { rateLimit: 1, burstLimit: 1 } };
    const { store, plan, key } = await storeWith(
      aPlan({ throttle: { rateLimit: 1, burstLimit: 3 }, quota: { limit: 100, offset: 0, period: "DAY" }, apiStages: [{ apiId: "api1", stage: "prod", throttle: perMethod }] }),
    );
    expect([store.admit(aRequest()), store.admit(aRequest())].map((r) => r.admitted)).toEqual([true, false]);
    const post = () => store.admit(aRequest({ httpMethod: "POST" })).admitted;
    expect([post(), post(), post(), post()]).toEqual([true, true, true, false]);
    const today = parseEpochDay("2026-11-24")!;
    expect(store.getUsage(plan.id, { startDay: today, endDay: today })).toEqual([{ keyId: key.id, days: [[4, 96]] }]);
  });

  it("applies plan edits to the next request", async () => {
    const { store, plan } = await storeWith(aPlan({ throttle: { rateLimit: 0, burstLimit: 1 } }));
    expect([store.admit(aRequest()).admitted, store.admit(aRequest()).admitted]).toEqual([true, false]);
    store.updateUsagePlan(plan.id, { ...plan, throttle: { rateLimit: 100, burstLimit: 1000 } }, T0);
    expect(store.admit(aRequest({ now: T0 + 5 })).admitted).toBe(false); // 0.5 token at the new rate
    expect(store.admit(aRequest({ now: T0 + 10 })).admitted).toBe(true);
    store.updateUsagePlan(plan.id, { ...plan, throttle: { rateLimit: 0, burstLimit: 0 } }, T0 + 10);
    expect(store.admit(aRequest({ now: T0 + 1000 })).admitted).toBe(false);
  });

  it("lets UpdateUsage grant more of the current period", async () => {
    const { store, plan, key } = await storeWith(aPlan({ quota: { limit: 2, offset: 0, period: "MONTH" } }));
    store.admit(aRequest());
    store.admit(aRequest());
    expect(store.admit(aRequest()).admitted).toBe(false);
    expect(store.setRemaining(plan.id, key.id, 3, T0).days).toEqual([[2, 3]]);
    expect([1, 2, 3, 4].map(() => store.admit(aRequest()).admitted)).toEqual([true, true, true, false]);
  });
});

describe("UsagePlanStore membership", () => {
  it("keeps a key in at most one plan per stage", async () => {
    const { store, key } = await storeWith(aPlan());
    const other = store.createUsagePlan(aPlan({ name: "other" }), T0);
    expect(() => store.addKeyToPlan(other.id, key.id)).toThrow(/only one plan per API stage/);
    const elsewhere = store.createUsagePlan(aPlan({ name: "dev", apiStages: [{ apiId: "api1", stage: "dev" }] }), T0);
    store.addKeyToPlan(elsewhere.id, key.id);
    expect(() => store.updateUsagePlan(elsewhere.id, { ...elsewhere, apiStages: [{ apiId: "api1", stage: "prod" }] })).toThrow(/only one plan/);
  });

  it("rejects duplicate and badly sized key values", async () => {
    const { store } = await storeWith(aPlan());
    expect(() => store.createApiKey({ value: KEY_VALUE })).toThrow(/already exists/);
    expect(() => store.createApiKey({ value: "short" })).toThrow("API Key value should be at least 20 characters");
    expect(() => store.createApiKey({ value: "x".repeat(129) })).toThrow("API Key value exceeds maximum size of 128 characters");
    expect(store.createApiKey({ value: "" }).value).toMatch(/^[A-Za-z0-9]{40}$/);
    expect(store.createApiKey({}).value).toMatch(/^[A-Za-z0-9]{40}$/);
  });
});
