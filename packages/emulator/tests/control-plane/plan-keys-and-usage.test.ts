import {
  CreateApiKeyCommand,
  CreateUsagePlanCommand,
  CreateUsagePlanKeyCommand,
  DeleteUsagePlanKeyCommand,
  FlushStageAuthorizersCacheCommand,
  GetUsageCommand,
  GetUsagePlanKeyCommand,
  GetUsagePlanKeysCommand,
  GetUsagePlansCommand,
  UpdateUsageCommand,
} from "@aws-sdk/client-api-gateway";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { anAdmit, startFixture, today, type Fixture } from "./control-plane-fixture";

let fixture: Fixture;
beforeEach(async () => {
  fixture = await startFixture({ metrics: () => ({ requests: 7 }) });
});
afterEach(async () => {
  await fixture.close();
});

async function planWithKey(quotaLimit = 3) {
  const plan = await fixture.client.send(
    new CreateUsagePlanCommand({ name: "tier", apiStages: [{ apiId: "api1", stage: "prod" }], quota: { limit: quotaLimit, period: "DAY" } }),
  );
  const key = await fixture.client.send(new CreateApiKeyCommand({ name: "acme", enabled: true }));
  const planKey = await fixture.client.send(new CreateUsagePlanKeyCommand({ usagePlanId: plan.id, keyId: key.id, keyType: "API_KEY" }));
  return { plan, key, planKey };
}

describe("usage plan keys, usage and hooks through @aws-sdk/client-api-gateway", () => {
  it("adds, lists, reads and removes a key in a plan", async () => {
    const { plan, key, planKey } = await planWithKey();
    expect(planKey).toEqual(expect.objectContaining({ id: key.id, type: "API_KEY", value: key.value, name: "acme" }));
    expect((await fixture.client.send(new GetUsagePlanKeysCommand({ usagePlanId: plan.id }))).items?.map((k) => k.id)).toEqual([key.id]);
    expect((await fixture.client.send(new GetUsagePlanKeyCommand({ usagePlanId: plan.id, keyId: key.id }))).value).toBe(key.value);
    expect((await fixture.client.send(new GetUsagePlansCommand({ keyId: key.id }))).items?.map((p) => p.id)).toEqual([plan.id]);
    await fixture.client.send(new DeleteUsagePlanKeyCommand({ usagePlanId: plan.id, keyId: key.id }));
    expect((await fixture.client.send(new GetUsagePlanKeysCommand({ usagePlanId: plan.id }))).items).toEqual([]);
    expect(fixture.store.admit(anAdmit(key.value!))).toEqual({ admitted: false, reason: "Forbidden" });
  });

  it("reports [used, remaining] per day after admits, and UpdateUsage grants more", async () => {
    const { plan, key } = await planWithKey(3);
    const admit = () => fixture.store.admit(anAdmit(key.value!)).admitted;
    expect([admit(), admit(), admit(), admit()]).toEqual([true, true, true, false]);
    const usage = await fixture.client.send(new GetUsageCommand({ usagePlanId: plan.id, startDate: today(), endDate: today() }));
    expect(usage).toMatchObject({ usagePlanId: plan.id, startDate: today(), endDate: today(), items: { [key.id!]: [[3, 0]] } });

    const updated = await fixture.client.send(
      new UpdateUsageCommand({ usagePlanId: plan.id, keyId: key.id, patchOperations: [{ op: "replace", path: "/remaining", value: "2" }] }),
    );
    expect(updated.items).toEqual({ [key.id!]: [[3, 2]] });
    expect([admit(), admit(), admit()]).toEqual([true, true, false]);
  });

  it("calls the authorizer-cache hook on FlushStageAuthorizersCache", async () => {
    await fixture.client.send(new FlushStageAuthorizersCacheCommand({ restApiId: "api1", stageName: "prod" }));
    expect(fixture.flushedAuthorizerCaches).toEqual([["api1", "prod"]]);
  });

  it("serves the emulator-only metrics endpoint", async () => {
    const response = await fetch(`${fixture.plane.url}/_emulator/metrics`);
    expect(await response.json()).toEqual({ requests: 7 });
  });
});
