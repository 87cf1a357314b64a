/**
 * Redirect hot path: `links.resolve` (one conditional UpdateItem through core) next to a raw AWS
 * SDK UpdateItemCommand doing the same update, in the same run against the same DynamoDB Local.
 * Prints throughput, latency percentiles and client CPU per operation, and the ratios. Figures
 * vary a lot between runs on a shared machine: compare the ratios of one run, never assert.
 *
 *   npm run bench -w @linkgate/core        (SEQUENTIAL=2000 CONCURRENT=5000 CONCURRENCY=32 to change)
 */
import { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { rawRedirectUpdate } from "../src/testing/raw-redirect-update";
import { benchHeader, benchRatio, benchRow, measurePair, type BenchResult } from "../src/testing/measure";
import { applyLocalAwsEnv, startDynamoDbLocal } from "../tests/local-aws";

const SEQUENTIAL = Number(process.env.SEQUENTIAL ?? 2_000);
const CONCURRENT = Number(process.env.CONCURRENT ?? 5_000);
const CONCURRENCY = Number(process.env.CONCURRENCY ?? 32);
const WARMUP = 320;

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
    const rawUpdate = () => raw.send(rawRedirectUpdate(core.tableNames.Links, baselineLink.code));
    const resolve = () => core.links.resolve(link.code);

    const names = (label: string): [string, string] => [`raw UpdateItem, ${label}`, `core resolve, ${label}`];
    await measurePair(names("warm-up"), WARMUP, 8, rawUpdate, resolve);
    const results: BenchResult[] = [
      ...(await measurePair(names("sequential"), SEQUENTIAL, 1, rawUpdate, resolve)),
      ...(await measurePair(names(`concurrency ${CONCURRENCY}`), CONCURRENT, CONCURRENCY, rawUpdate, resolve)),
    ];

    console.log(`\nresolve benchmark — Node ${process.version}, DynamoDB Local on loopback, latencies in ms, CPU = this process (user+system)`);
    console.log(benchHeader);
    for (const r of results) console.log(benchRow(r));
    for (const [rawResult, coreResult] of [[results[0], results[1]], [results[2], results[3]]] as const) {
      if (!rawResult || !coreResult) continue;
      console.log(benchRatio(`core/raw (${coreResult.name.split(", ")[1]})`, rawResult, coreResult));
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
