import {
  CreateApiKeyCommand,
  CreateUsagePlanCommand,
  CreateUsagePlanKeyCommand,
  DeleteUsagePlanCommand,
  DeleteUsagePlanKeyCommand,
  FlushStageAuthorizersCacheCommand,
  GetApiKeyCommand,
  GetApiKeysCommand,
  GetUsagePlanCommand,
  GetUsagePlanKeyCommand,
  GetUsagePlanKeysCommand,
  GetUsagePlansCommand,
  UpdateApiKeyCommand,
  UpdateUsagePlanCommand,
} from "@aws-sdk/client-api-gateway";
import { describe, expect, it } from "vitest";
import type { ContextRef } from "../context";

/** The management API through the real `@aws-sdk/client-api-gateway`: what the admin console calls. */
export function managementCases(ctx: ContextRef): void {
  const sdk = () => ctx().managed.client;
  const errorName = (promise: Promise<unknown>) => promise.then(() => "no error", (error: Error) => error.name);

  describe("management API round trips (SDK)", () => {
    it("CreateUsagePlan → GetUsagePlan returns what was stored", async () => {
      const name = ctx().managed.uniqueName("round-trip");
      const planId = await ctx().managed.plan({ throttle: { rateLimit: 5, burstLimit: 10 }, quota: { limit: 100, period: "MONTH", offset: 0 } }, name);
      const plan = await sdk().send(new GetUsagePlanCommand({ usagePlanId: planId }));
      expect({ name: plan.name, throttle: plan.throttle, quota: plan.quota, apiStages: plan.apiStages?.map((s) => `${s.apiId}:${s.stage}`) }).toEqual({
        name,
        throttle: { rateLimit: 5, burstLimit: 10 },
        quota: { limit: 100, period: "MONTH", offset: 0 },
        apiStages: [`${ctx().target.restApiId}:${ctx().target.stage}`],
      });
    });

    it("CreateUsagePlan naming a stage that does not exist → BadRequestException", async () => {
      const stage = { apiId: ctx().target.restApiId, stage: `no-such-stage-${ctx().target.runId}` };
      const created = sdk().send(new CreateUsagePlanCommand({ name: ctx().managed.uniqueName("bad-stage"), apiStages: [stage] }));
      expect(await errorName(created)).toBe("BadRequestException");
    });

    it("FlushStageAuthorizersCache on a stage that does not exist → NotFoundException", async () => {
      const flush = sdk().send(new FlushStageAuthorizersCacheCommand({ restApiId: ctx().target.restApiId, stageName: `no-such-stage-${ctx().target.runId}` }));
      expect(await errorName(flush)).toBe("NotFoundException");
    });

    it("GetUsagePlans filtered by keyId lists the key's plan", async () => {
      const { planId, keyId } = await ctx().managed.planWithKey();
      const plans = await sdk().send(new GetUsagePlansCommand({ keyId }));
      expect(plans.items?.map((p) => p.id)).toEqual([planId]);
    });

    it("UpdateUsagePlan patches throttle and quota", async () => {
      const planId = await ctx().managed.plan({ throttle: { rateLimit: 1, burstLimit: 1 }, quota: { limit: 10, period: "DAY" } });
      const updated = await sdk().send(
        new UpdateUsagePlanCommand({
          usagePlanId: planId,
          patchOperations: [
            { op: "replace", path: "/throttle/rateLimit", value: "50" },
            { op: "replace", path: "/throttle/burstLimit", value: "100" },
            { op: "replace", path: "/quota/limit", value: "1000" },
          ],
        }),
      );
      expect({ throttle: updated.throttle, limit: updated.quota?.limit }).toEqual({ throttle: { rateLimit: 50, burstLimit: 100 }, limit: 1000 });
    });

    it("CreateApiKey → GetApiKey (includeValue) and GetApiKeys (nameQuery, includeValues) find it", async () => {
      const { keyId, keyValue } = await ctx().managed.key();
      const key = await sdk().send(new GetApiKeyCommand({ apiKey: keyId, includeValue: true }));
      const listed = await sdk().send(new GetApiKeysCommand({ nameQuery: keyValue, includeValues: true }));
      expect({ value: key.value, enabled: key.enabled, listed: listed.items?.map((k) => [k.id, k.value]) }).toEqual({ value: keyValue, enabled: true, listed: [[keyId, keyValue]] });
    });

    it("GetApiKeys pages with limit and position", async () => {
      const prefix = ctx().managed.uniqueName("paged");
      await ctx().managed.key({}, `${prefix}-first-key`);
      await ctx().managed.key({}, `${prefix}-second-key`);
      const first = await sdk().send(new GetApiKeysCommand({ nameQuery: prefix, limit: 1 }));
      const second = await sdk().send(new GetApiKeysCommand({ nameQuery: prefix, limit: 1, position: first.position }));
      expect({ first: first.items?.length, hasPosition: typeof first.position, second: second.items?.length, end: second.position }).toEqual({
        first: 1,
        hasPosition: "string",
        second: 1,
        end: undefined,
      });
      expect(new Set([first.items?.[0]?.name, second.items?.[0]?.name])).toEqual(new Set([`${prefix}-first-key`, `${prefix}-second-key`]));
    });

    it("UpdateApiKey replace /enabled disables a key", async () => {
      const { keyId } = await ctx().managed.key();
      const updated = await sdk().send(new UpdateApiKeyCommand({ apiKey: keyId, patchOperations: [{ op: "replace", path: "/enabled", value: "false" }] }));
      expect(updated.enabled).toBe(false);
    });

    it("usage plan keys: create, list, get, delete, then NotFoundException", async () => {
      const planId = await ctx().managed.plan();
      const { keyId, keyValue } = await ctx().managed.key();
      const created = await sdk().send(new CreateUsagePlanKeyCommand({ usagePlanId: planId, keyId, keyType: "API_KEY" }));
      const listed = await sdk().send(new GetUsagePlanKeysCommand({ usagePlanId: planId }));
      const got = await sdk().send(new GetUsagePlanKeyCommand({ usagePlanId: planId, keyId }));
      expect({ created: [created.id, created.type, created.value], listed: listed.items?.map((k) => k.id), got: got.value }).toEqual({
        created: [keyId, "API_KEY", keyValue],
        listed: [keyId],
        got: keyValue,
      });
      await sdk().send(new DeleteUsagePlanKeyCommand({ usagePlanId: planId, keyId }));
      expect(await errorName(sdk().send(new GetUsagePlanKeyCommand({ usagePlanId: planId, keyId })))).toBe("NotFoundException");
    });

    it("an unknown usage plan id → NotFoundException", async () => {
      expect(await errorName(sdk().send(new GetUsagePlanCommand({ usagePlanId: "nosuchplan0" })))).toBe("NotFoundException");
    });

    it("a duplicate API key value → ConflictException", async () => {
      const { keyValue } = await ctx().managed.key();
      expect(await errorName(sdk().send(new CreateApiKeyCommand({ name: ctx().managed.uniqueName("dup"), value: keyValue, enabled: true })))).toBe("ConflictException");
    });

    it("a plan with API stages cannot be deleted (BadRequestException); detached, it can", async () => {
      const planId = await ctx().managed.plan();
      expect(await errorName(sdk().send(new DeleteUsagePlanCommand({ usagePlanId: planId })))).toBe("BadRequestException");
      const { restApiId, stage } = ctx().target;
      await sdk().send(new UpdateUsagePlanCommand({ usagePlanId: planId, patchOperations: [{ op: "remove", path: "/apiStages", value: `${restApiId}:${stage}` }] }));
      await sdk().send(new DeleteUsagePlanCommand({ usagePlanId: planId }));
      ctx().managed.forgetPlan(planId);
      expect(await errorName(sdk().send(new GetUsagePlanCommand({ usagePlanId: planId })))).toBe("NotFoundException");
    });
  });
}
