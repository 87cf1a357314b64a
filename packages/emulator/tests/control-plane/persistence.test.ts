import {
  CreateApiKeyCommand,
  CreateUsagePlanCommand,
  CreateUsagePlanKeyCommand,
  GetApiKeysCommand,
  GetUsageCommand,
  GetUsagePlansCommand,
  UpdateUsageCommand,
} from "@aws-sdk/client-api-gateway";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { anAdmit, startFixture, today } from "./control-plane-fixture";

let dataDir: string;
beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), "linkgate-control-plane-"));
});
afterEach(async () => {
  await rm(dataDir, { recursive: true, force: true });
});

describe("control plane restart", () => {
  it("serves the same plans, keys and usage after a restart on the same data directory", async () => {
    const first = await startFixture({ dataDir });
    const plan = await first.client.send(new CreateUsagePlanCommand({ name: "pro", apiStages: [{ apiId: "api1", stage: "prod" }], quota: { limit: 10, period: "MONTH" } }));
    const key = await first.client.send(new CreateApiKeyCommand({ name: "acme", enabled: true }));
    await first.client.send(new CreateUsagePlanKeyCommand({ usagePlanId: plan.id, keyId: key.id, keyType: "API_KEY" }));
    first.store.admit(anAdmit(key.value!));
    await first.close();

    const second = await startFixture({ dataDir });
    try {
      expect((await second.client.send(new GetUsagePlansCommand({}))).items).toEqual([plan].map(({ $metadata: _, ...rest }) => rest));
      expect((await second.client.send(new GetApiKeysCommand({ includeValues: true }))).items?.map((k) => k.value)).toEqual([key.value]);
      const usage = await second.client.send(new GetUsageCommand({ usagePlanId: plan.id, startDate: today(), endDate: today() }));
      expect(usage.items).toEqual({ [key.id!]: [[1, 9]] });
      expect(second.store.admit(anAdmit(key.value!)).admitted).toBe(true);
    } finally {
      await second.close();
    }
  });

  it("has each change in the fsynced snapshot by the time the SDK call returns", async () => {
    const fixture = await startFixture({ dataDir });
    const snapshot = async () => JSON.parse(await readFile(join(dataDir, "usage-state.json"), "utf8")) as { usagePlans: { id: string }[]; ledger: { grants: Record<string, unknown> } };
    try {
      const plan = await fixture.client.send(new CreateUsagePlanCommand({ name: "pro", apiStages: [{ apiId: "api1", stage: "prod" }], quota: { limit: 10, period: "MONTH" } }));
      expect((await snapshot()).usagePlans.map((p) => p.id)).toEqual([plan.id]);
      const key = await fixture.client.send(new CreateApiKeyCommand({ name: "acme", enabled: true }));
      await fixture.client.send(new CreateUsagePlanKeyCommand({ usagePlanId: plan.id, keyId: key.id, keyType: "API_KEY" }));
      await fixture.client.send(new UpdateUsageCommand({ usagePlanId: plan.id, keyId: key.id, patchOperations: [{ op: "replace", path: "/remaining", value: "50" }] }));
      expect(Object.keys((await snapshot()).ledger.grants[plan.id!] ?? {})).toEqual([key.id]);
    } finally {
      await fixture.close();
    }
  });
});
