import { GetUsageCommand, UpdateUsageCommand } from "@aws-sdk/client-api-gateway";
import { describe, expect, it } from "vitest";
import type { ContextRef } from "../context";
import { expectGatewayError, GATEWAY_ERRORS, statusCounts } from "../gateway-errors";
import type { HttpResult } from "../http-client";
import type { ConformanceTarget } from "../target";

/** A rate this low adds no token within a test, so the burst alone decides. */
const NO_REFILL = 0.1;
const GENEROUS_THROTTLE = { rateLimit: 10_000, burstLimit: 5_000 };

/**
 * Exact on the emulator; AWS calls its throttles and quotas best-effort, so there the admitted
 * count may overshoot a little (never undershoot).
 */
function expectAdmitted(target: ConformanceTarget, results: readonly HttpResult[], expected: number): void {
  const admitted = results.filter((r) => r.status === 200).length;
  if (target.exactUsage) expect(statusCounts(results)).toEqual({ 200: expected, 429: results.length - expected });
  else {
    expect(admitted).toBeGreaterThanOrEqual(expected);
    expect(admitted).toBeLessThanOrEqual(expected + Math.max(2, Math.ceil(expected / 10)));
  }
}

const today = () => new Date().toISOString().slice(0, 10);

/** Usage plans: token-bucket throttling (429 Too Many Requests) and quotas (429 Limit Exceeded). */
export function usageCases(ctx: ContextRef): void {
  const keyed = (keyValue: string, path = "/keyed") => ctx().get(path, { "x-api-key": keyValue });
  const parallel = (count: number, call: () => Promise<HttpResult>) => Promise.all(Array.from({ length: count }, call));
  const sequential = async (count: number, call: () => Promise<HttpResult>) => {
    const results: HttpResult[] = [];
    for (let i = 0; i < count; i++) results.push(await call());
    return results;
  };

  describe("usage plans: throttle and quota", () => {
    it("burst N admits exactly N at once, the rest → 429 Too Many Requests", async () => {
      const { keyValue } = await ctx().managed.planWithKey({ throttle: { rateLimit: NO_REFILL, burstLimit: 4 } });
      const results = await parallel(12, () => keyed(keyValue));
      expectAdmitted(ctx().target, results, 4);
      expectGatewayError(results.find((r) => r.status === 429)!, GATEWAY_ERRORS.throttled);
    });

    it("a per-method throttle inside the plan limits that method only", async () => {
      const { keyValue } = await ctx().managed.planWithKey({ throttle: GENEROUS_THROTTLE, methodThrottle: { "/keyed/GET": { rateLimit: NO_REFILL, burstLimit: 2 } } });
      const limited = await sequential(4, () => keyed(keyValue));
      const other = await sequential(4, () => keyed(keyValue, "/keyed/other"));
      expectAdmitted(ctx().target, limited, 2);
      expect(other.map((r) => r.status)).toEqual([200, 200, 200, 200]);
    });

    it("quota N per DAY admits exactly N, then 429 Limit Exceeded", async () => {
      const { keyValue } = await ctx().managed.planWithKey({ throttle: GENEROUS_THROTTLE, quota: { limit: 3, period: "DAY" } });
      const results = await sequential(5, () => keyed(keyValue));
      expectAdmitted(ctx().target, results, 3);
      expectGatewayError(results[4]!, GATEWAY_ERRORS.quotaExceeded);
    });

    it("200 parallel requests against a remaining quota of 50 → exactly 50 admitted", async () => {
      const { keyValue } = await ctx().managed.planWithKey({ throttle: GENEROUS_THROTTLE, quota: { limit: 60, period: "DAY" } });
      expect((await sequential(10, () => keyed(keyValue))).map((r) => r.status)).toEqual(Array(10).fill(200));
      const results = await parallel(200, () => keyed(keyValue));
      expectAdmitted(ctx().target, results, 50);
      expect(new Set(results.filter((r) => r.status === 429).map((r) => r.text))).toEqual(new Set(['{"message":"Limit Exceeded"}']));
    });

    it("GetUsage reports used and remaining per key per day", async () => {
      const { planId, keyId, keyValue } = await ctx().managed.planWithKey({ throttle: GENEROUS_THROTTLE, quota: { limit: 10, period: "DAY" } });
      await sequential(3, () => keyed(keyValue));
      const usage = await ctx().managed.client.send(new GetUsageCommand({ usagePlanId: planId, startDate: today(), endDate: today(), keyId }));
      expect({ usagePlanId: usage.usagePlanId, items: usage.items }).toEqual({ usagePlanId: planId, items: { [keyId]: [[3, 7]] } });
    });

    it("UpdateUsage (replace /remaining) grants more requests to a spent key", async () => {
      const { planId, keyId, keyValue } = await ctx().managed.planWithKey({ throttle: GENEROUS_THROTTLE, quota: { limit: 2, period: "DAY" } });
      expect((await sequential(3, () => keyed(keyValue))).map((r) => r.status)).toEqual([200, 200, 429]);
      await ctx().managed.client.send(new UpdateUsageCommand({ usagePlanId: planId, keyId, patchOperations: [{ op: "replace", path: "/remaining", value: "3" }] }));
      expectAdmitted(ctx().target, await sequential(5, () => keyed(keyValue)), 3);
    });
  });
}
