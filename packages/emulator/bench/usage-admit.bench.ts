/**
 * What the write-ahead journal costs `UsagePlanStore.admit`, the data plane's hot path (prints, never asserts).
 * Rows, interleaved and repeated so that machine drift hits all of them alike:
 *   memory only  — no data directory: the admit the store had before the journal (the old store with a
 *                  data directory did only this plus setting a dirty flag: 1.84 vs 1.84 µs, measured before the change);
 *   journal      — a data directory: each admitted request appends one record with a synchronous write;
 *   raw write    — `fs.writeSync` of one such record to a file, alone: the floor of any journalled admit.
 *   npx tsx bench/usage-admit.bench.ts [requests=300000] [rounds=5]
 */
import { closeSync, openSync, statSync, writeSync } from "node:fs";
import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { UsagePlanStore } from "../src/usage";

const REQUESTS = Number(process.argv[2] ?? 300_000);
const ROUNDS = Number(process.argv[3] ?? 5);
const KEYS = 1_000;

async function admits(dataDir: string | undefined): Promise<{ us: number; bytesPerAdmit: number }> {
  const store = await UsagePlanStore.open({ dataDir });
  const plan = store.createUsagePlan({
    name: "bench",
    apiStages: [{ apiId: "api1", stage: "prod", throttle: { "/v1/links/GET": { rateLimit: 1e6, burstLimit: 1e6 } } }],
    throttle: { rateLimit: 1e6, burstLimit: 1e6 },
    quota: { limit: 1e9, offset: 0, period: "MONTH" },
  });
  const keys = Array.from({ length: KEYS }, (_, i) => store.createApiKey({ value: `bench-key-${String(i).padStart(20, "0")}`, enabled: true }));
  for (const key of keys) store.addKeyToPlan(plan.id, key.id);
  // Snapshot the setup now, so the journal measured below holds the admits alone.
  await store.flush();
  const methods = ["GET", "POST"];
  const started = performance.now();
  for (let i = 0; i < REQUESTS; i++) {
    const result = store.admit({ apiKeyValue: keys[i % KEYS]!.value, restApiId: "api1", stage: "prod", resourcePath: "/v1/links", httpMethod: methods[i % 2]! });
    if (!result.admitted) throw new Error(`refused: ${result.reason}`);
  }
  const us = ((performance.now() - started) * 1000) / REQUESTS;
  const journalBytes = dataDir ? await journalSize(dataDir) : 0;
  await store.close();
  return { us, bytesPerAdmit: journalBytes / REQUESTS };
}

async function journalSize(dir: string): Promise<number> {
  const names = (await readdir(dir)).filter((name) => name.startsWith("usage-journal."));
  return names.reduce((sum, name) => sum + statSync(join(dir, name)).size, 0);
}

function rawWrites(dir: string): number {
  const fd = openSync(join(dir, "raw.jsonl"), "ax");
  const started = performance.now();
  for (let i = 0; i < REQUESTS; i++) writeSync(fd, `["admit","abc123","abcdefghij",20416]\n`);
  const us = ((performance.now() - started) * 1000) / REQUESTS;
  closeSync(fd);
  return us;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const memory: number[] = [];
const journal: number[] = [];
const raw: number[] = [];
let bytesPerAdmit = 0;
// Round 0 warms the JIT up for both paths and is not counted.
for (let round = 0; round <= ROUNDS; round++) {
  const dir = await mkdtemp(join(tmpdir(), "linkgate-usage-bench-"));
  try {
    const inMemory = await admits(undefined);
    const journalled = await admits(dir);
    const written = rawWrites(dir);
    if (round === 0) continue;
    memory.push(inMemory.us);
    journal.push(journalled.us);
    raw.push(written);
    bytesPerAdmit = journalled.bytesPerAdmit;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
const m = median(memory);
const j = median(journal);
const fmt = (values: number[]) => values.map((v) => v.toFixed(2)).join(", ");
console.log(`\nUsagePlanStore.admit — ${REQUESTS} admits over ${KEYS} keys per run, ${ROUNDS} rounds after a warm-up, Node ${process.version} (µs per admit; median, all runs)`);
console.log(`memory only (the admit before the journal) ${m.toFixed(2)} µs   [${fmt(memory)}]`);
console.log(`journal (data directory)                   ${j.toFixed(2)} µs   [${fmt(journal)}]   ${bytesPerAdmit.toFixed(0)} bytes journalled per admit`);
console.log(`raw writeSync of one record                ${median(raw).toFixed(2)} µs   [${fmt(raw)}]`);
console.log(`journal / memory: ${(j / m).toFixed(2)}×, +${(j - m).toFixed(2)} µs per admitted request`);
