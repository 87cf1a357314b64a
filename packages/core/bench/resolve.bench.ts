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
const WARMUP = 300;

interface Result {
  name: string;
  ops: number;
  opsPerSecond: number;
  p50: number;
  p99: number;
  cpuMicrosPerOp: number;
}

async function measure(name: string, ops: number, concurrency: number, op: () => Promise<unknown>): Promise<Result> {
  const latencies: number[] = [];
  let next = 0;
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < ops) {
        next += 1;
        const t0 = performance.now();
        await op();
        latencies.push(performance.now() - t0);
      }
    }),
  );
  const elapsed = performance.now() - started;
  const cpu = process.cpuUsage(cpuBefore);
  latencies.sort((a, b) => a - b);
  const pick = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? NaN;
  return { name, ops, opsPerSecond: (ops / elapsed) * 1000, p50: pick(0.5), p99: pick(0.99), cpuMicrosPerOp: (cpu.user + cpu.system) / ops };
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

    await measure("warm-up raw", WARMUP, 8, rawUpdate);
    await measure("warm-up resolve", WARMUP, 8, resolve);
    const results: Result[] = [];
    results.push(await measure("raw UpdateItem, sequential", SEQUENTIAL, 1, rawUpdate));
    results.push(await measure("core resolve, sequential", SEQUENTIAL, 1, resolve));
    results.push(await measure(`raw UpdateItem, concurrency ${CONCURRENCY}`, CONCURRENT, CONCURRENCY, rawUpdate));
    results.push(await measure(`core resolve, concurrency ${CONCURRENCY}`, CONCURRENT, CONCURRENCY, resolve));

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
    const expected = WARMUP + SEQUENTIAL + CONCURRENT;
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
