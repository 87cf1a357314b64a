/**
 * DynamoDB stream → Lambda delivery benchmark (prints, never asserts). Run from the repo root:
 *   npx tsx packages/emulator/bench/dynamodb-streams.bench.ts
 * Baseline, in the same run: a raw GetRecords loop on DynamoDB Local (same poll interval, no Lambda),
 * i.e. what reading the stream costs before the poller batches it and invokes a function.
 * Latency: one PutItem at a time, from its response to the record's delivery (invocation done /
 * record read), p50 and p99. Throughput: records written in BatchWriteItem bursts by 4 writers,
 * records per second from the first write to the last delivery. Each side runs on a fresh DynamoDB
 * Local (it slows as its stream data grows). Varies ±40% on a shared 2-core machine.
 */
import { BatchWriteItemCommand, CreateTableCommand, DynamoDBClient, PutItemCommand } from "@aws-sdk/client-dynamodb";
import { DescribeStreamCommand, DynamoDBStreamsClient, GetRecordsCommand, GetShardIteratorCommand, ListStreamsCommand } from "@aws-sdk/client-dynamodb-streams";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { performance } from "node:perf_hooks";
import { setTimeout as sleep } from "node:timers/promises";
import { fileURLToPath } from "node:url";
import { startDynamoDbLocal } from "../src/dynamodb/dynamodb-local";
import { DEFAULT_POLL_INTERVAL_MS, startStreamPollers, type DynamoDBStreamEvent } from "../src/dynamodb-streams";
import { createLambdaRuntime, type LambdaInvoker } from "../src/lambda";
import { LOCAL_AWS_ENV } from "../src/testing/local-aws-env";

const PACKAGE_DIR = join(dirname(fileURLToPath(import.meta.url)), "..");
const LATENCY_SAMPLES = 60;
const THROUGHPUT_RECORDS = 4_000;
const WRITERS = 4;
const TABLE = "bench";
const config = { region: LOCAL_AWS_ENV.AWS_REGION, credentials: { accessKeyId: LOCAL_AWS_ENV.AWS_ACCESS_KEY_ID, secretAccessKey: LOCAL_AWS_ENV.AWS_SECRET_ACCESS_KEY } };

/** Resolves a waiter per key when its record arrives, on whichever side is measured. */
class Arrivals {
  private readonly waiting = new Map<string, () => void>();
  expect(key: string): Promise<void> {
    return new Promise((resolve) => this.waiting.set(key, resolve));
  }
  arrived(keys: string[]): void {
    for (const key of keys) {
      this.waiting.get(key)?.();
      this.waiting.delete(key);
    }
  }
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

async function createTable(db: DynamoDBClient, name: string): Promise<void> {
  await db.send(
    new CreateTableCommand({
      TableName: name,
      BillingMode: "PAY_PER_REQUEST",
      AttributeDefinitions: [{ AttributeName: "pk", AttributeType: "S" }],
      KeySchema: [{ AttributeName: "pk", KeyType: "HASH" }],
      StreamSpecification: { StreamEnabled: true, StreamViewType: "KEYS_ONLY" },
    }),
  );
}

async function measure(db: DynamoDBClient, table: string, arrivals: Arrivals) {
  for (let i = 0; i < 5; i++) {
    const arrived = arrivals.expect(`warm${i}`);
    await db.send(new PutItemCommand({ TableName: table, Item: { pk: { S: `warm${i}` } } }));
    await arrived;
  }
  const samples: number[] = [];
  for (let i = 0; i < LATENCY_SAMPLES; i++) {
    // Writes at random points of the poll cycle, not in step with it.
    await sleep(Math.random() * DEFAULT_POLL_INTERVAL_MS);
    const arrived = arrivals.expect(`lat${i}`);
    await db.send(new PutItemCommand({ TableName: table, Item: { pk: { S: `lat${i}` } } }));
    const written = performance.now();
    await arrived;
    samples.push(performance.now() - written);
  }
  samples.sort((a, b) => a - b);
  const keys = Array.from({ length: THROUGHPUT_RECORDS }, (_, i) => `tp${i}`);
  const all = Promise.all(keys.map((key) => arrivals.expect(key)));
  const started = performance.now();
  const chunks = Array.from({ length: Math.ceil(keys.length / 25) }, (_, i) => keys.slice(i * 25, i * 25 + 25));
  await Promise.all(
    Array.from({ length: WRITERS }, async (_, writer) => {
      for (let c = writer; c < chunks.length; c += WRITERS) {
        const requests = (chunks[c] ?? []).map((key) => ({ PutRequest: { Item: { pk: { S: key } } } }));
        await db.send(new BatchWriteItemCommand({ RequestItems: { [table]: requests } }));
      }
    }),
  );
  await all;
  const seconds = (performance.now() - started) / 1000;
  return { p50: percentile(samples, 50), p99: percentile(samples, 99), perSecond: THROUGHPUT_RECORDS / seconds };
}

/** The baseline: read the stream's one shard in a loop, sleeping the poll interval after an empty read. */
async function rawLoop(streams: DynamoDBStreamsClient, table: string, arrivals: Arrivals) {
  let stopped = false;
  const arn = (await streams.send(new ListStreamsCommand({ TableName: table }))).Streams?.[0]?.StreamArn;
  const shard = (await streams.send(new DescribeStreamCommand({ StreamArn: arn }))).StreamDescription?.Shards?.[0]?.ShardId;
  let iterator = (await streams.send(new GetShardIteratorCommand({ StreamArn: arn, ShardId: shard, ShardIteratorType: "LATEST" }))).ShardIterator;
  const done = (async () => {
    while (!stopped && iterator) {
      const page = await streams.send(new GetRecordsCommand({ ShardIterator: iterator, Limit: 1000 }));
      iterator = page.NextShardIterator;
      const records = page.Records ?? [];
      arrivals.arrived(records.map((r) => r.dynamodb?.Keys?.pk?.S ?? ""));
      if (records.length === 0) await sleep(DEFAULT_POLL_INTERVAL_MS);
    }
  })();
  return { stop: () => ((stopped = true), done) };
}

const row = (name: string, r: { p50: number; p99: number; perSecond: number }) =>
  console.log(`${name.padEnd(34)} p50 ${r.p50.toFixed(1).padStart(7)} ms   p99 ${r.p99.toFixed(1).padStart(7)} ms   ${r.perSecond.toFixed(0).padStart(6)} records/s`);

type Reader = (endpoint: string, arrivals: Arrivals) => Promise<{ stop(): Promise<void> }>;

/** One side on a DynamoDB Local of its own: Local slows as its stream data grows, so sides never share one. */
async function scenario(name: string, reader: Reader) {
  const ddb = await startDynamoDbLocal();
  const db = new DynamoDBClient({ endpoint: ddb.endpoint, ...config });
  try {
    await createTable(db, TABLE);
    const arrivals = new Arrivals();
    const running = await reader(ddb.endpoint, arrivals);
    const result = await measure(db, TABLE, arrivals);
    await running.stop();
    row(name, result);
    return result;
  } finally {
    db.destroy();
    await ddb.stop();
  }
}

const bundleDir = mkdtempSync(join(tmpdir(), "linkgate-streams-bench-"));
const runtime = createLambdaRuntime({ functions: { sink: { entry: "bench/functions/stream-sink.ts" } }, rootDir: PACKAGE_DIR, bundleDir, logger: () => {} });
try {
  await runtime.warm("sink");
  console.log(`DynamoDB stream delivery, poll interval ${DEFAULT_POLL_INTERVAL_MS} ms, ${LATENCY_SAMPLES} latency samples, ${THROUGHPUT_RECORDS} records for throughput`);
  const raw = await scenario("raw GetRecords loop (baseline)", async (endpoint, arrivals) => {
    const streams = new DynamoDBStreamsClient({ endpoint, ...config });
    const loop = await rawLoop(streams, TABLE, arrivals);
    return { stop: async () => (await loop.stop(), streams.destroy()) };
  });
  for (const batchSize of [100, 1000]) {
    const result = await scenario(`poller → Lambda (batchSize ${batchSize})`, async (endpoint, arrivals) => {
      // Notes the records of each invocation once the function has returned: delivered.
      const invoker: LambdaInvoker = {
        invoke: async (name, event, options) => {
          const outcome = await runtime.invoke(name, event, options);
          arrivals.arrived((event as DynamoDBStreamEvent).Records.map((r) => (r.dynamodb.Keys.pk as { S: string }).S));
          return outcome;
        },
        close: async () => {},
      };
      const pollers = await startStreamPollers({ endpoint, ...config, invoker, mappings: [{ function: "sink", table: TABLE, streamViewType: "KEYS_ONLY", batchSize }], logger: () => {} });
      return { stop: () => pollers.close() };
    });
    console.log(`${"".padEnd(34)} ratio to baseline: p50 ×${(result.p50 / raw.p50).toFixed(2)}, p99 ×${(result.p99 / raw.p99).toFixed(2)}, throughput ×${(result.perSecond / raw.perSecond).toFixed(2)}`);
  }
} finally {
  await runtime.close();
  rmSync(bundleDir, { recursive: true, force: true });
}
