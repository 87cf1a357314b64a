/**
 * CPU per warm invocation: the redirect handler next to the raw SDK UpdateItem it is built on, and
 * `GET /me` next to the raw GetItem, against the same DynamoDB Local in the same run. The handlers
 * run in a child process with a deployed function's environment (warm-invocation.child.ts), so
 * their logs and EMF metrics are written and counted. Ratios of one run are the figures; never assert.
 *
 *   npm run bench -w @linkgate/functions        (OPS=3000 CONCURRENCY=16 to change)
 */
import { benchHeader, benchRatio, benchRow, type BenchResult } from "@linkgate/core/testing";
import { startDynamoDbLocal } from "@linkgate/emulator";
import { uniqueTablePrefix } from "@linkgate/emulator/testing";
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { createFunctionsTestEnv } from "../src/testing/test-env";

const OPS = Number(process.env.OPS ?? 3_000);
const CONCURRENCY = Number(process.env.CONCURRENCY ?? 16);

interface PairOutput {
  results: [BenchResult, BenchResult];
  logBytesPerOp: number;
}

/** Runs the child with the given environment; resolves with the JSON it writes on fd 3. */
interface ChildOutput {
  redirect: PairOutput;
  me: PairOutput;
  redirectBilled: { meanBilledMs: number; p50Ms: number; p99Ms: number };
}

function runChild(env: NodeJS.ProcessEnv): Promise<ChildOutput> {
  const child = spawn(process.execPath, [...(process.env.BENCH_CHILD_FLAGS?.split(" ").filter(Boolean) ?? []), "--import", "tsx", fileURLToPath(new URL("./warm-invocation.child.ts", import.meta.url))], { env, stdio: ["ignore", "ignore", "inherit", "pipe"] });
  let output = "";
  child.stdio[3]?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  return new Promise((resolve, reject) => {
    child.on("error", reject);
    child.on("exit", (code) => (code === 0 ? resolve(JSON.parse(output)) : reject(new Error(`bench child exited with ${code}`))));
  });
}

async function main(): Promise<void> {
  const dynamodb = await startDynamoDbLocal();
  try {
    const config = createFunctionsTestEnv({
      dynamodbEndpoint: dynamodb.endpoint,
      controlPlaneUrl: "http://127.0.0.1:9", // neither route calls it
      cognitoEndpoint: "http://127.0.0.1:9",
      userPoolId: "unused",
      tablePrefix: uniqueTablePrefix("bench"),
      restApiId: "bench",
    });
    const { createCore, createTables } = await import("@linkgate/core");
    const { aUser } = await import("@linkgate/core/testing");
    const core = createCore({ tableNames: config.tableNames, shortBaseUrl: config.shortBaseUrl, cursorSecret: config.cursorSecret });
    await createTables(core);
    const user = aUser();
    const link = await core.links.create(user, { target: "https://example.com/handler" });
    const rawLink = await core.links.create(user, { target: "https://example.com/raw" });

    // Powertools at its defaults, as deployed (the test environment silences it).
    const env = { ...process.env, POWERTOOLS_LOG_LEVEL: "INFO", POWERTOOLS_METRICS_DISABLED: "false" };
    const input = { ops: OPS, concurrency: CONCURRENCY, code: link.code, rawCode: rawLink.code, sub: user.sub, tables: config.tableNames };
    const measured = await runChild({ ...env, BENCH_INPUT: JSON.stringify(input) });

    console.log(`\nwarm invocations — Node ${process.version}, ${OPS} ops ×${CONCURRENCY}, DynamoDB Local on loopback; CPU = the function's process (user+system)`);
    console.log(benchHeader);
    for (const [label, pair] of [["redirect/raw UpdateItem", measured.redirect], ["GET /me/raw GetItem", measured.me]] as const) {
      for (const result of pair.results) console.log(benchRow(result));
      console.log(`${benchRatio(label, pair.results[0], pair.results[1])}; log bytes per invocation ${pair.logBytesPerOp.toFixed(0)}`);
    }
    const billed = measured.redirectBilled;
    console.log(
      `redirect, one invocation at a time (one warm execution environment): mean billed duration ${billed.meanBilledMs.toFixed(2)} ms ` +
        `(each rounded up to 1 ms, as Lambda bills), p50 ${billed.p50Ms.toFixed(2)} ms, p99 ${billed.p99Ms.toFixed(2)} ms`,
    );
    const clicks = (await core.links.get(user, link.code)).totalClicks;
    console.log(`clicks counted through the handler: ${clicks} (every invocation answered 301, a permanent link)`);
  } finally {
    await dynamodb.stop();
  }
}

await main();
