/**
 * Prints how fast `UsagePlanStore.admit` runs on the hot path (no assertions: figures only).
 * Run: cd packages/emulator && npx tsx tests/usage/admit-throughput.bench.ts
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { UsagePlanStore } from "../../src/usage";

const KEYS = 1_000;
const REQUESTS = 1_000_000;

async function measure(label: string, dataDir: string | undefined): Promise<void> {
  const store = await UsagePlanStore.open({ dataDir });
  const plan = store.createUsagePlan({
    name: "bench",
    apiStages: [{ apiId: "api1", stage: "prod", throttle: { "/v1/links/GET": { rateLimit: 1e6, burstLimit: 1e6 } } }],
    throttle: { rateLimit: 1e6, burstLimit: 1e6 },
    quota: { limit: 1e9, offset: 0, period: "MONTH" },
  });
  const values = Array.from({ length: KEYS }, (_, i) => store.createApiKey({ value: `bench-key-${String(i).padStart(20, "0")}`, enabled: true }));
  for (const key of values) store.addKeyToPlan(plan.id, key.id);
  const methods = ["GET", "POST"];
  const started = performance.now();
  let admitted = 0;
  for (let i = 0; i < REQUESTS; i++) {
    const result = store.admit({ apiKeyValue: values[i % KEYS]!.value, restApiId: "api1", stage: "prod", resourcePath: "/v1/links", httpMethod: methods[i % 2]! });
    if (result.admitted) admitted++;
  }
  const elapsedMs = performance.now() - started;
  const closeStarted = performance.now();
  await store.close();
  const closeMs = performance.now() - closeStarted;
  console.log(
    `${label}: ${REQUESTS} admits over ${KEYS} keys in ${elapsedMs.toFixed(0)} ms = ${((REQUESTS / elapsedMs) * 1000).toFixed(0)} admits/s, ` +
      `${((elapsedMs * 1000) / REQUESTS).toFixed(2)} µs each (${admitted} admitted); close/flush ${closeMs.toFixed(1)} ms`,
  );
}

const dataDir = await mkdtemp(join(tmpdir(), "linkgate-usage-bench-"));
try {
  await measure("memory only      ", undefined);
  await measure("with dataDir     ", dataDir);
} finally {
  await rm(dataDir, { recursive: true, force: true });
}
