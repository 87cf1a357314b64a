/**
 * What the edge costs on the hot path: the `redirect` handler (event parsing, logger context,
 * response, metrics flush, around core's one UpdateItem) next to `core.links.resolve` alone, in
 * the same run against the same DynamoDB Local. Prints throughput, latency percentiles and client
 * CPU per operation, and the ratios; figures vary between runs on a shared machine, never assert.
 *
 *   npm run bench -w @linkgate/functions        (OPS=2000 CONCURRENCY=16 to change)
 */
import { performance } from "node:perf_hooks";
import { startDynamoDbLocal } from "@linkgate/emulator";
import { createCore, createTables } from "@linkgate/core";
import { aUser } from "@linkgate/core/testing";
import { uniqueTablePrefix } from "@linkgate/emulator/testing";
import { createFunctionsTestEnv } from "../src/testing/test-env";
import { lambdaContext, proxyEvent } from "../src/testing/proxy-event";

const OPS = Number(process.env.OPS ?? 2_000);
const CONCURRENCY = Number(process.env.CONCURRENCY ?? 16);

interface Result {
  name: string;
  opsPerSecond: number;
  p50: number;
  p99: number;
  cpuMicrosPerOp: number;
}

async function measure(name: string, op: () => Promise<unknown>): Promise<Result> {
  for (let i = 0; i < 200; i += 1) await op(); // warm-up: JIT, connections
  const latencies: number[] = [];
  let next = 0;
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < OPS) {
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
  return { name, opsPerSecond: (OPS / elapsed) * 1000, p50: pick(0.5), p99: pick(0.99), cpuMicrosPerOp: (cpu.user + cpu.system) / OPS };
}

const row = (r: Result) =>
  [r.name.padEnd(30), r.opsPerSecond.toFixed(0).padStart(8), r.p50.toFixed(2).padStart(8), r.p99.toFixed(2).padStart(8), r.cpuMicrosPerOp.toFixed(0).padStart(10)].join(" ");

async function main(): Promise<void> {
  const dynamodb = await startDynamoDbLocal();
  try {
    const config = createFunctionsTestEnv({
      dynamodbEndpoint: dynamodb.endpoint,
      controlPlaneUrl: "http://127.0.0.1:9", // unused by the redirect
      cognitoEndpoint: "http://127.0.0.1:9",
      userPoolId: "unused",
      tablePrefix: uniqueTablePrefix("bench"),
      restApiId: "bench",
    });
    const core = createCore({ tableNames: config.tableNames, shortBaseUrl: config.shortBaseUrl, cursorSecret: config.cursorSecret });
    await createTables(core);
    const user = aUser();
    const viaHandler = await core.links.create(user, { target: "https://example.com/handler" });
    const viaCore = await core.links.create(user, { target: "https://example.com/core" });
    // Imported once the environment is set: the handler reads its configuration at cold start.
    const { handler } = await import("../src/handlers/redirect");
    const context = lambdaContext("redirect");

    console.log(`${OPS} ops, concurrency ${CONCURRENCY}, DynamoDB Local in memory; two rounds, alternating (the first warms DynamoDB Local)`);
    console.log(["".padEnd(30), "ops/s".padStart(8), "p50 ms".padStart(8), "p99 ms".padStart(8), "CPU µs/op".padStart(10)].join(" "));
    for (let round = 1; round <= 2; round += 1) {
      const bare = await measure(`core.links.resolve #${round}`, () => core.links.resolve(viaCore.code));
      const edge = await measure(`redirect handler #${round}`, () => handler(proxyEvent({ route: "redirect", pathParameters: { code: viaHandler.code } }), context));
      console.log(row(bare));
      console.log(row(edge));
      console.log(`  edge overhead: CPU ${(edge.cpuMicrosPerOp - bare.cpuMicrosPerOp).toFixed(0)} µs/op (×${(edge.cpuMicrosPerOp / bare.cpuMicrosPerOp).toFixed(2)}), throughput ×${(edge.opsPerSecond / bare.opsPerSecond).toFixed(2)}`);
    }
    const today = new Date().toISOString().slice(0, 10);
    const clicks = (await core.links.stats(user, viaHandler.code, { from: today, to: today })).totalClicks;
    console.log(`clicks counted through the handler: ${clicks} (expected ${2 * (OPS + 200)})`);
  } finally {
    await dynamodb.stop();
  }
}

await main();
