import { cp, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { epochDay } from "@linkgate/utc-calendar";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { UsagePlanStore } from "../../src/usage";

const NOW = Date.parse("2026-11-24T12:00:00Z");
const TODAY = epochDay(NOW);
/** No background snapshot during a test: what survives comes from the journal alone. */
const NEVER = 3_600_000;

let dataDir: string;
let killedDir: string;
beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), "linkgate-usage-"));
  killedDir = await mkdtemp(join(tmpdir(), "linkgate-usage-killed-"));
});
afterEach(async () => {
  await rm(dataDir, { recursive: true, force: true });
  await rm(killedDir, { recursive: true, force: true });
});

/** What a SIGKILL leaves on disk, taken while the store still runs: every file as the OS has it, nothing flushed or closed. */
async function afterKill(): Promise<UsagePlanStore> {
  await cp(dataDir, killedDir, { recursive: true });
  return UsagePlanStore.open({ dataDir: killedDir, snapshotDelayMs: NEVER });
}

function stateOf(store: UsagePlanStore) {
  return store.listUsagePlans().map((plan) => ({
    plan,
    keys: store.listPlanKeys(plan.id),
    usage: store.getUsage(plan.id, { startDay: TODAY, endDay: TODAY }),
    allKeys: store.listApiKeys(),
  }));
}

const admit = (store: UsagePlanStore, value: string) =>
  store.admit({ apiKeyValue: value, restApiId: "api1", stage: "prod", resourcePath: "/v1/links", httpMethod: "GET", now: NOW }).admitted;

/** One of each change: create, update, delete of plans and keys, membership both ways, admits and an UpdateUsage grant. */
function changeEverything(store: UsagePlanStore) {
  const plan = store.createUsagePlan({ name: "pro", apiStages: [{ apiId: "api1", stage: "prod" }], quota: { limit: 5, offset: 0, period: "MONTH" } }, NOW);
  const key = store.createApiKey({ value: "journal-key-value-00001", enabled: true, name: "acme" }, NOW);
  store.addKeyToPlan(plan.id, key.id);
  for (let i = 0; i < 5; i++) admit(store, key.value);
  store.setRemaining(plan.id, key.id, 2, NOW);
  admit(store, key.value);
  store.updateUsagePlan(plan.id, { ...plan, name: "pro-renamed", throttle: { rateLimit: 10, burstLimit: 20 } }, NOW);
  store.updateApiKey(key.id, { description: "renamed" }, NOW);
  const gone = store.createUsagePlan({ name: "gone" }, NOW);
  const goneKey = store.createApiKey({ value: "journal-key-value-00002", enabled: true }, NOW);
  store.addKeyToPlan(gone.id, goneKey.id);
  store.removeKeyFromPlan(gone.id, goneKey.id);
  store.deleteApiKey(goneKey.id);
  store.deleteUsagePlan(gone.id);
  return { plan, key };
}

describe("UsagePlanStore after a kill", () => {
  it("has every change a method returned from, with no snapshot ever written", async () => {
    const store = await UsagePlanStore.open({ dataDir, snapshotDelayMs: NEVER });
    const { plan, key } = changeEverything(store);
    const killed = await afterKill();
    expect(stateOf(killed)).toEqual(stateOf(store));
    expect(killed.getUsage(plan.id, { startDay: TODAY, endDay: TODAY })).toEqual([{ keyId: key.id, days: [[6, 1]] }]);
    // The grant and the quota replay too: one more request, then the quota refuses.
    expect([admit(killed, key.value), admit(killed, key.value)]).toEqual([true, false]);
    await Promise.all([killed.close(), store.close()]);
  });

  it("has the snapshot plus what came after it", async () => {
    const store = await UsagePlanStore.open({ dataDir, snapshotDelayMs: NEVER });
    const { key } = changeEverything(store);
    await store.flush();
    store.updateApiKey(key.id, { enabled: false }, NOW);
    store.createUsagePlan({ name: "after-snapshot" }, NOW);
    const killed = await afterKill();
    expect(stateOf(killed)).toEqual(stateOf(store));
    await Promise.all([killed.close(), store.close()]);
  });

  it("folds a replayed journal into a new snapshot, then deletes it", async () => {
    const store = await UsagePlanStore.open({ dataDir, snapshotDelayMs: NEVER });
    changeEverything(store);
    await cp(dataDir, killedDir, { recursive: true });
    const reopened = await UsagePlanStore.open({ dataDir: killedDir, snapshotDelayMs: 1 });
    await expect.poll(async () => JSON.parse(await readFile(join(killedDir, "usage-state.json"), "utf8").catch(() => "{}")).journalGeneration).toBe(2);
    await expect.poll(() => readdir(killedDir)).toEqual(["usage-journal.2.jsonl", "usage-state.json"]);
    expect(stateOf(reopened)).toEqual(stateOf(store));
    await Promise.all([reopened.close(), store.close()]);
  });

  it("loads a snapshot written before the journal existed (version 1)", async () => {
    const plan = { id: "abc123", name: "legacy", apiStages: [], quotaSetAt: NOW };
    await writeFile(join(dataDir, "usage-state.json"), JSON.stringify({ version: 1, usagePlans: [plan], apiKeys: [], planKeys: {}, ledger: { counts: {}, grants: {} } }));
    const store = await UsagePlanStore.open({ dataDir });
    expect(store.listUsagePlans()).toEqual([plan]);
    await store.close();
  });

  it("refuses a snapshot of an unknown version, naming the file and what to do", async () => {
    await writeFile(join(dataDir, "usage-state.json"), JSON.stringify({ version: 9 }));
    await expect(UsagePlanStore.open({ dataDir })).rejects.toThrow(/usage-state\.json has unknown version 9 .*move it away to start empty/);
  });
});
