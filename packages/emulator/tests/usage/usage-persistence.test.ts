import { mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { epochDay } from "@linkgate/utc-calendar";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { UsagePlanStore } from "../../src/usage";

const NOW = Date.parse("2026-11-24T12:00:00Z");
const TODAY = epochDay(NOW);
const VALUE = "persisted-key-value-0001";

let dataDir: string;
beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), "linkgate-usage-"));
});
afterEach(async () => {
  await rm(dataDir, { recursive: true, force: true });
});

async function seed(store: UsagePlanStore) {
  const plan = store.createUsagePlan({ name: "pro", apiStages: [{ apiId: "api1", stage: "prod" }], quota: { limit: 3, offset: 0, period: "MONTH" } }, NOW);
  const key = store.createApiKey({ value: VALUE, enabled: true, name: "partner" }, NOW);
  store.addKeyToPlan(plan.id, key.id);
  return { plan, key };
}

const admit = (store: UsagePlanStore) =>
  store.admit({ apiKeyValue: VALUE, restApiId: "api1", stage: "prod", resourcePath: "/v1/links", httpMethod: "GET", now: NOW });

describe("UsagePlanStore with a data directory", () => {
  it("keeps plans, keys, membership and usage across a restart", async () => {
    const first = await UsagePlanStore.open({ dataDir });
    const { plan, key } = await seed(first);
    expect([admit(first).admitted, admit(first).admitted]).toEqual([true, true]);
    await first.close();

    const second = await UsagePlanStore.open({ dataDir });
    expect(second.getUsagePlan(plan.id)).toEqual(plan);
    expect(second.getApiKey(key.id)).toEqual(key);
    expect(second.getUsage(plan.id, { startDay: TODAY, endDay: TODAY })).toEqual([{ keyId: key.id, days: [[2, 1]] }]);
    expect([admit(second).admitted, admit(second).admitted]).toEqual([true, false]);
    await second.close();
  });

  it("writes in the background without being asked", async () => {
    const store = await UsagePlanStore.open({ dataDir, snapshotDelayMs: 1 });
    await seed(store);
    await expect.poll(async () => (await readdir(dataDir)).includes("usage-state.json")).toBe(true);
    await store.close();
  });

  it("ignores and removes a torn temp file left by a crash mid-write", async () => {
    const first = await UsagePlanStore.open({ dataDir });
    const { plan } = await seed(first);
    await first.close();
    await writeFile(join(dataDir, "usage-state.json.4242.7.tmp"), '{"version":1,"usagePlans":[{"id":"tor');

    const second = await UsagePlanStore.open({ dataDir });
    expect(second.listUsagePlans().map((p) => p.id)).toEqual([plan.id]);
    expect((await readdir(dataDir)).filter((name) => name.endsWith(".tmp"))).toEqual([]);
    await second.close();
  });

  it("refuses to start on an unreadable state file instead of silently losing it", async () => {
    await writeFile(join(dataDir, "usage-state.json"), "not json");
    await expect(UsagePlanStore.open({ dataDir })).rejects.toThrow(/unreadable.*move it away/);
  });
});
