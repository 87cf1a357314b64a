import {
  CreateUsagePlanCommand,
  CreateUsagePlanKeyCommand,
  DeleteApiKeyCommand,
  GetUsagePlanCommand,
  GetUsagePlanKeysCommand,
  GetUsagePlansCommand,
  UpdateUsagePlanCommand,
  type CreateUsagePlanCommandInput,
} from "@aws-sdk/client-api-gateway";
import { expect } from "vitest";
import type { ConformanceContext } from "../context";
import { recordedCase, type DifferentialCase } from "./recorded-case";
import { commonSnapshot, extendedSnapshot } from "./recordings";
import { errorOf } from "./sdk-errors";

/** Usage plans and plan keys through the management API (TestUsagePlans, TestApigatewayApiKeysCrud). */
const CRUD = (entry: string) => commonSnapshot("TestUsagePlans::test_usage_plan_crud", entry);
const PLAN_KEYS = (entry: string) => extendedSnapshot("TestApigatewayApiKeysCrud::test_get_usage_plan_api_keys", entry);
const REQUIRED = (entry: string) => commonSnapshot("TestUsagePlans::test_api_key_required_for_methods", entry);

async function createPlan(ctx: ConformanceContext, input: Omit<CreateUsagePlanCommandInput, "name"> = {}) {
  const plan = await ctx.managed.client.send(new CreateUsagePlanCommand({ name: ctx.managed.uniqueName("plan"), ...input }));
  ctx.managed.adoptPlan(plan.id!);
  return plan;
}

const onStage = (ctx: ConformanceContext) => [{ apiId: ctx.target.restApiId, stage: ctx.target.stage }];
const patch = (ctx: ConformanceContext, usagePlanId: string, op: "add" | "remove" | "replace", path: string, value?: string) =>
  ctx.managed.client.send(new UpdateUsagePlanCommand({ usagePlanId, patchOperations: [{ op, path, ...(value === undefined ? {} : { value }) }] }));

export const managementPlanCases: DifferentialCase[] = [
  recordedCase(PLAN_KEYS("create-usage-plan"), "CreateUsagePlan with a name only: apiStages [], no throttle, no quota", async (ctx) => {
    const plan = await createPlan(ctx);
    expect({ apiStages: plan.apiStages, throttle: plan.throttle, quota: plan.quota, tags: plan.tags }).toEqual({ apiStages: [], throttle: undefined, quota: undefined, tags: undefined });
  }),
  recordedCase(REQUIRED("create-usage-plan"), "CreateUsagePlan echoes quota (offset 0), throttle, tags and stages", async (ctx) => {
    const plan = await createPlan(ctx, { description: "Test Usage Plan for API key", quota: { limit: 10, period: "DAY", offset: 0 }, throttle: { rateLimit: 2, burstLimit: 1 }, apiStages: onStage(ctx), tags: { tag_key: "tag_value" } });
    expect({ description: plan.description, quota: plan.quota, throttle: plan.throttle, tags: plan.tags, apiStages: plan.apiStages }).toEqual({
      description: "Test Usage Plan for API key",
      quota: { limit: 10, offset: 0, period: "DAY" },
      throttle: { burstLimit: 1, rateLimit: 2 },
      tags: { tag_key: "tag_value" },
      apiStages: onStage(ctx),
    });
  }),
  recordedCase(extendedSnapshot("TestApigatewayApiKeysCrud::test_create_usage_plan_with_throttle", "create-usage-plan-burst-gt-rate"), "a burst above the rate is accepted", async (ctx) => {
    const plan = await createPlan(ctx, { throttle: { rateLimit: 10, burstLimit: 20 } });
    expect(plan.throttle).toEqual({ burstLimit: 20, rateLimit: 10 });
  }),
  recordedCase(CRUD("get-usage-plan"), "GetUsagePlan answers `tags: {}` for a plan created without tags", async (ctx) => {
    const plan = await createPlan(ctx, { description: "this is my usage plan", apiStages: onStage(ctx) });
    const got = await ctx.managed.client.send(new GetUsagePlanCommand({ usagePlanId: plan.id }));
    expect({ tags: got.tags, description: got.description, apiStages: got.apiStages }).toEqual({ tags: {}, description: "this is my usage plan", apiStages: onStage(ctx) });
  }),
  recordedCase(CRUD("update-usage-plan"), "replace /throttle/* and /quota/* on a plan with neither creates both, quota offset 0", async (ctx) => {
    const plan = await createPlan(ctx, { apiStages: onStage(ctx) });
    const updated = await ctx.managed.client.send(
      new UpdateUsagePlanCommand({
        usagePlanId: plan.id,
        patchOperations: [
          { op: "replace", path: "/throttle/burstLimit", value: "100" },
          { op: "replace", path: "/throttle/rateLimit", value: "200" },
          { op: "replace", path: "/quota/period", value: "MONTH" },
          { op: "replace", path: "/quota/limit", value: "5000" },
        ],
      }),
    );
    expect({ quota: updated.quota, throttle: updated.throttle, tags: updated.tags }).toEqual({ quota: { limit: 5000, offset: 0, period: "MONTH" }, throttle: { burstLimit: 100, rateLimit: 200 }, tags: {} });
  }),
  recordedCase(CRUD("update-wrong-id"), "UpdateUsagePlan on an unknown id → NotFoundException `Invalid Usage Plan ID specified`", async (ctx) => {
    const plan = await createPlan(ctx);
    expect(await errorOf(patch(ctx, `${plan.id}1`, "replace", "/throttle/burstLimit", "100"))).toEqual({ name: "NotFoundException", message: "Invalid Usage Plan ID specified" });
  }),
  recordedCase(CRUD("update-wrong-api-stages-no-value"), "remove /apiStages without a value → BadRequestException `Invalid API Stage specified`", async (ctx) => {
    const plan = await createPlan(ctx, { apiStages: onStage(ctx) });
    expect(await errorOf(patch(ctx, plan.id!, "remove", "/apiStages"))).toEqual({ name: "BadRequestException", message: "Invalid API Stage specified" });
  }),
  recordedCase(CRUD("update-wrong-api-stages-wrong-api"), "remove /apiStages naming another API → NotFoundException naming the stage and plan", async (ctx) => {
    const plan = await createPlan(ctx, { apiStages: onStage(ctx) });
    const { restApiId, stage } = ctx.target;
    expect(await errorOf(patch(ctx, plan.id!, "remove", "/apiStages", `${restApiId}b:${stage}`))).toEqual({
      name: "NotFoundException",
      message: `Invalid API Stage {api: ${restApiId}b, stage: ${stage}} specified for usageplan ${plan.id}`,
    });
  }),
  recordedCase(CRUD("update-wrong-api-stages-wrong-stage"), "remove /apiStages naming another stage → NotFoundException naming the stage and plan", async (ctx) => {
    const plan = await createPlan(ctx, { apiStages: onStage(ctx) });
    const { restApiId } = ctx.target;
    expect(await errorOf(patch(ctx, plan.id!, "remove", "/apiStages", `${restApiId}:fakestagename`))).toEqual({
      name: "NotFoundException",
      message: `Invalid API Stage {api: ${restApiId}, stage: fakestagename} specified for usageplan ${plan.id}`,
    });
  }),
  recordedCase(CRUD("update-wrong-api-stages-wrong-value"), "remove /apiStages with a value that is not `api:stage` → BadRequestException", async (ctx) => {
    const plan = await createPlan(ctx, { apiStages: onStage(ctx) });
    expect(await errorOf(patch(ctx, plan.id!, "remove", "/apiStages", "fakevalue"))).toEqual({ name: "BadRequestException", message: "Invalid API Stage specified" });
  }),
  recordedCase(PLAN_KEYS("create-up-key"), "CreateUsagePlanKey answers id, name, type API_KEY and the value", async (ctx) => {
    const plan = await createPlan(ctx);
    const name = ctx.managed.uniqueName("up-key");
    const { keyId, keyValue } = await ctx.managed.key({}, name);
    const created = await ctx.managed.client.send(new CreateUsagePlanKeyCommand({ usagePlanId: plan.id, keyId, keyType: "API_KEY" }));
    expect({ id: created.id, name: created.name, type: created.type, value: created.value }).toEqual({ id: keyId, name, type: "API_KEY", value: keyValue });
  }),
  recordedCase(PLAN_KEYS("get-up-keys-name-query-cased"), "GetUsagePlanKeys nameQuery matches a prefix, case-sensitively", async (ctx) => {
    const plan = await createPlan(ctx);
    const name = ctx.managed.uniqueName("up-query");
    const { keyId } = await ctx.managed.key({}, name);
    await ctx.managed.client.send(new CreateUsagePlanKeyCommand({ usagePlanId: plan.id, keyId, keyType: "API_KEY" }));
    const prefix = await ctx.managed.client.send(new GetUsagePlanKeysCommand({ usagePlanId: plan.id, nameQuery: name.slice(0, 8) }));
    const cased = await ctx.managed.client.send(new GetUsagePlanKeysCommand({ usagePlanId: plan.id, nameQuery: name.slice(0, 8).toUpperCase() }));
    expect({ prefix: prefix.items?.map((k) => k.id), cased: cased.items }).toEqual({ prefix: [keyId], cased: [] });
  }),
  recordedCase(PLAN_KEYS("get-up-keys-after-delete"), "deleting an API key removes it from its plan's keys", async (ctx) => {
    const plan = await createPlan(ctx);
    const { keyId } = await ctx.managed.key();
    await ctx.managed.client.send(new CreateUsagePlanKeyCommand({ usagePlanId: plan.id, keyId, keyType: "API_KEY" }));
    await ctx.managed.client.send(new DeleteApiKeyCommand({ apiKey: keyId }));
    expect((await ctx.managed.client.send(new GetUsagePlanKeysCommand({ usagePlanId: plan.id }))).items).toEqual([]);
  }),
  recordedCase(PLAN_KEYS("get-up-keys-bad-usage-plan"), "GetUsagePlanKeys of an unknown plan → 200 with no items", async (ctx) => {
    expect((await ctx.managed.client.send(new GetUsagePlanKeysCommand({ usagePlanId: "bad-id" }))).items).toEqual([]);
  }),
  recordedCase(CRUD("get-usage-plans"), "GetUsagePlans items leave `tags` out for a plan without tags", async (ctx) => {
    const { planId, keyId } = await ctx.managed.planWithKey();
    const listed = await ctx.managed.client.send(new GetUsagePlansCommand({ keyId }));
    expect(listed.items?.map((plan) => ({ id: plan.id, tags: plan.tags }))).toEqual([{ id: planId, tags: undefined }]);
  }),
  recordedCase(CRUD("get-usage-plan-after-update"), "refused patches leave the plan as it was", async (ctx) => {
    const plan = await createPlan(ctx, { apiStages: onStage(ctx), throttle: { rateLimit: 200, burstLimit: 100 }, quota: { limit: 5000, period: "MONTH" } });
    const { restApiId } = ctx.target;
    await errorOf(patch(ctx, plan.id!, "remove", "/apiStages"));
    await errorOf(patch(ctx, plan.id!, "remove", "/apiStages", `${restApiId}:fakestagename`));
    await errorOf(patch(ctx, plan.id!, "remove", "/apiStages", "fakevalue"));
    const got = await ctx.managed.client.send(new GetUsagePlanCommand({ usagePlanId: plan.id }));
    expect({ apiStages: got.apiStages, quota: got.quota, throttle: got.throttle }).toEqual({
      apiStages: onStage(ctx),
      quota: { limit: 5000, offset: 0, period: "MONTH" },
      throttle: { burstLimit: 100, rateLimit: 200 },
    });
  }),
  recordedCase(PLAN_KEYS("get-up-keys"), "GetUsagePlanKeys items carry id, name, type and the key's value", async (ctx) => {
    const plan = await createPlan(ctx);
    const name = ctx.managed.uniqueName("listed-up-key");
    const { keyId, keyValue } = await ctx.managed.key({}, name);
    await ctx.managed.client.send(new CreateUsagePlanKeyCommand({ usagePlanId: plan.id, keyId, keyType: "API_KEY" }));
    const listed = await ctx.managed.client.send(new GetUsagePlanKeysCommand({ usagePlanId: plan.id }));
    expect(listed.items).toEqual([{ id: keyId, name, type: "API_KEY", value: keyValue }]);
  }),
];
