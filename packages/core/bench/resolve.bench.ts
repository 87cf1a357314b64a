/**
 * Redirect hot path: `links.resolve` (one conditional UpdateItem through core) next to a raw AWS
 * SDK UpdateItemCommand doing the same update, in the same run against the same DynamoDB Local.
 * Prints throughput, latency percentiles and client CPU per operation, and the ratios. Figures
 * vary a lot between runs on a shared machine: compare the ratios of one run, never assert.
 *
 *   npm run bench -w @linkgate/core        (SEQUENTIAL=2000 CONCURRENT=5000 CONCURRENCY=32 to change)
 */
import { DynamoDBClient, UpdateItemCommand } from "@aws-sdk/client-dynamodb";
import { performance } from "node:perf_hooks";
import { applyLocalAwsEnv, startDynamoDbLocal } from "../tests/local-aws";

const SEQUENTIAL = Number(process.env.SEQUENTIAL ?? 2_000);
const CONCURRENT = Number(process.env.CONCURRENT ?? 5_000);
const CONCURRENCY = Number(process.env.CONCURRENCY ?? 32);
const WARMUP = 320;

interface Result {
  name: string;
  ops: number;
  opsPerSecond: number;
  p50: number;
  p99: number;
  cpuMicrosPerOp: number;
}

/** Latencies and CPU of one operation, accumulated over several slices. */
interface Tally {
  latencies: number[];
  elapsedMs: number;
  cpuMicros: number;
}

async function runSlice(tally: Tally, ops: number, concurrency: number, op: () => Promise<unknown>): Promise<void> {
  let next = 0;
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < ops) {
        next += 1;
        const t0 = performance.now();
        await op();
        tally.latencies.push(performance.now() - t0);
      }
    }),
  );
  tally.elapsedMs += performance.now() - started;
  const cpu = process.cpuUsage(cpuBefore);
  tally.cpuMicros += cpu.user + cpu.system;
}

function summarise(name: string, tally: Tally): Result {
  const sorted = [...tally.latencies].sort((a, b) => a - b);
  const pick = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
  const ops = sorted.length;
  return { name, ops, opsPerSecond: (ops / tally.elapsedMs) * 1000, p50: pick(0.5), p99: pick(0.99), cpuMicrosPerOp: tally.cpuMicros / ops };
}

/**
 * Runs the baseline and the candidate in alternating slices (A B B A A B B A …), so drift of a
 * shared machine and warm-up order weigh on both alike.
 */
async function measurePair(label: string, ops: number, concurrency: number, baseline: () => Promise<unknown>, candidate: () => Promise<unknown>): Promise<[Result, Result]> {
  const slices = 8;
  const a: Tally = { latencies: [], elapsedMs: 0, cpuMicros: 0 };
  const b: Tally = { latencies: [], elapsedMs: 0, cpuMicros: 0 };
  for (let slice = 0; slice < slices; slice += 1) {
    const order: [Tally, () => Promise<unknown>][] = slice % 2 === 0 ? [[a, baseline], [b, candidate]] : [[b, candidate], [a, baseline]];
    for (const [tally, op] of order) await runSlice(tally, Math.ceil(ops / slices), concurrency, op);
  }
  return [summarise(`raw UpdateItem, ${label}`, a), summarise(`core resolve, ${label}`, b)];
}

function row(r: Result): string {
  return [r.name.padEnd(34), r.ops.toString().padStart(6), r.opsPerSecond.toFixed(0).padStart(8), r.p50.toFixed(2).padStart(8), r.p99.toFixed(2).padStart(8), r.cpuMicrosPerOp.toFixed(0).padStart(10)].join(" ");
}

async function main(): Promise<void> {
  applyLocalAwsEnv();
  const dynamodb = await startDynamoDbLocal();
  try {
    process.env.AWS_ENDPOINT_URL_DYNAMODB = dynamodb.endpoint;
    // Imported after the endpoint is set, as a Lambda would see it in its environment.
    const { createTestCore, aUser } = await import("../src/testing/index");
    const core = await createTestCore("bench-");
    const user = aUser();
    const link = await core.links.create(user, { target: "https://example.com/bench" });
    const baselineLink = await core.links.create(user, { target: "https://example.com/baseline" });

    const raw = new DynamoDBClient({});
    const rawUpdate = () => {
      const now = new Date();
      return raw.send(
        new UpdateItemCommand({
          TableName: core.tableNames.Links,
          Key: { code: { S: baselineLink.code } },
          UpdateExpression: "SET clicks = clicks + :one, clicksByDay.#day = if_not_exists(clicksByDay.#day, :zero) + :one, targetUrl = targetUrl, #p = #p",
          ConditionExpression: "attribute_exists(code) AND (attribute_not_exists(expiresAt) OR expiresAt > :now)",
          ExpressionAttributeNames: { "#day": now.toISOString().slice(0, 10), "#p": "permanent" },
          ExpressionAttributeValues: { ":one": { N: "1" }, ":zero": { N: "0" }, ":now": { N: String(Math.floor(now.getTime() / 1000)) } },
          ReturnValues: "UPDATED_NEW",
        }),
      );
    };
    const resolve = () => core.links.resolve(link.code);

    await measurePair("warm-up", WARMUP, 8, rawUpdate, resolve);
    const results: Result[] = [
      ...(await measurePair("sequential", SEQUENTIAL, 1, rawUpdate, resolve)),
      ...(await measurePair(`concurrency ${CONCURRENCY}`, CONCURRENT, CONCURRENCY, rawUpdate, resolve)),
    ];

    console.log(`\nresolve benchmark — Node ${process.version}, DynamoDB Local on loopback, latencies in ms, CPU = this process (user+system)`);
    console.log(`${"".padEnd(34)} ${"ops".padStart(6)} ${"ops/s".padStart(8)} ${"p50".padStart(8)} ${"p99".padStart(8)} ${"CPU µs/op".padStart(10)}`);
    for (const r of results) console.log(row(r));
    for (const [rawResult, coreResult] of [[results[0], results[1]], [results[2], results[3]]] as const) {
      if (!rawResult || !coreResult) continue;
      console.log(
        `ratio core/raw (${coreResult.name.split(", ")[1]}): ops/s ${(coreResult.opsPerSecond / rawResult.opsPerSecond).toFixed(2)}×, ` +
          `p50 ${(coreResult.p50 / rawResult.p50).toFixed(2)}×, p99 ${(coreResult.p99 / rawResult.p99).toFixed(2)}×, CPU/op ${(coreResult.cpuMicrosPerOp / rawResult.cpuMicrosPerOp).toFixed(2)}×`,
      );
    }
    const counted = (await core.links.get(user, link.code)).totalClicks;
    const perSlice = (ops: number) => Math.ceil(ops / 8) * 8;
    const expected = perSlice(WARMUP) + perSlice(SEQUENTIAL) + perSlice(CONCURRENT);
    console.log(`clicks counted on the resolved link: ${counted} (expected ${expected}) ${counted === expected ? "✓" : "✗ MISMATCH"}`);
    raw.destroy();
  } finally {
    await dynamodb.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
