/**
 * Emulator vs bare Node, end to end (prints, never asserts). The same handler (functions/hello.ts)
 * runs in a bare `http.createServer` and behind the emulator (gateway + bundled function in the
 * Lambda worker pool) on three route classes: public, Lambda authorizer with a cached policy, and
 * API key with a generous usage plan. autocannon runs in a child process with the same settings
 * for every row, after a short warm-up of that row (workers started, JIT warm). Bare runs bracket
 * every emulator row and each ratio uses the two around it: the machine is shared and drifts (±40%).
 * Two reference rows come first: the ceiling of any worker-thread design (bare Node + a raw hop to one
 * worker and back, nothing else: bench/raw-hop-server.ts) and the floor under every emulator row
 * (bare Node + this emulator's Lambda runtime, no gateway).
 *
 *   npm run bench -w @linkgate/emulator        or   npx tsx bench/gateway.bench.ts [seconds=10] [connections=50]
 *   BENCH_FUNCTION_CONCURRENCY=2 …             workers for the function (default 10, the emulator's default)
 *
 * tests/apigateway/bench/gateway-bench.ts measures the gateway alone (in-process fake functions);
 * this one measures what a developer gets from `npm start`.
 */
import { APIGatewayClient, CreateApiKeyCommand, CreateUsagePlanCommand, CreateUsagePlanKeyCommand } from "@aws-sdk/client-api-gateway";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { ApiDefinition } from "../src/apigateway/definition";
import { startEmulator } from "../src/emulator";
import type { LambdaRuntime } from "../src/lambda";
import { loadTest, type LoadFigures } from "./autocannon-run";
import { startRawHop } from "./raw-hop-server";
import { handler } from "./functions/hello";

const SECONDS = Number(process.argv[2] ?? 10);
const CONNECTIONS = Number(process.argv[3] ?? 50);
const WARM_UP_SECONDS = 2;
/** Workers per function (Lambda reserved concurrency); the emulator's default is 10. */
const FUNCTION_CONCURRENCY = Number(process.env.BENCH_FUNCTION_CONCURRENCY ?? 10);
const PACKAGE_DIR = join(dirname(fileURLToPath(import.meta.url)), "..");
const MB = 2 ** 20;

const definition = (counterDir: string): ApiDefinition => ({
  restApiId: "bench",
  stage: "bench",
  routes: [
    { method: "GET", path: "/public", function: "hello" },
    { method: "GET", path: "/authorized", function: "hello", authorizer: "token" },
    { method: "GET", path: "/keyed", function: "hello", apiKeyRequired: true },
    { method: "GET", path: "/authorizer-invocations", function: "authorizer" },
  ],
  // Raised like a Service Quotas increase: the default 10,000 rps would cap the emulator below bare Node here.
  accountThrottle: { rateLimit: 1_000_000, burstLimit: 1_000_000 },
  authorizers: { token: { type: "TOKEN", function: "authorizer", identitySource: ["method.request.header.Authorization"], resultTtlSeconds: 300 } },
  functions: {
    hello: { entry: "bench/functions/hello.ts", concurrency: FUNCTION_CONCURRENCY },
    // The conformance authorizer: `allow.<nonce>` allows the stage and counts its invocations per token.
    authorizer: { entry: "conformance/functions/authorizer.ts", environment: { CONFORMANCE_COUNTER_DIR: counterDir } },
  },
});

async function startBare(): Promise<{ url: string; close(): Promise<void> }> {
  const server = createServer((req, res) => {
    void handler().then((result) => {
      res.writeHead(result.statusCode, result.headers);
      res.end(result.body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

/**
 * The floor under every emulator row: bare Node handing each request to the emulator's Lambda
 * runtime (worker pool, same bundle) with a small event, and no gateway work at all. What separates
 * an emulator row from this one is the gateway; what separates this one from bare is the thread hop.
 */
async function startRuntimeOnly(runtime: LambdaRuntime): Promise<{ url: string; close(): Promise<void> }> {
  const server = createServer((req, res) => {
    void runtime.invoke("hello", { path: req.url, httpMethod: req.method }).then((result) => {
      const reply = (result.ok ? result.payload : { statusCode: 502, body: "" }) as { statusCode: number; headers?: Record<string, string>; body: string };
      res.writeHead(reply.statusCode, reply.headers);
      res.end(reply.body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

async function measure(url: string, headers: Record<string, string> = {}): Promise<LoadFigures> {
  await loadTest(url, { connections: CONNECTIONS, seconds: WARM_UP_SECONDS, headers });
  return loadTest(url, { connections: CONNECTIONS, seconds: SECONDS, headers });
}

async function main(): Promise<void> {
  const workDir = mkdtempSync(join(tmpdir(), "linkgate-gateway-bench-"));
  const bare = await startBare();

  // Start time: startEmulator (fresh bundle dir: esbuild included) until the first 200 from a function.
  const startedAt = performance.now();
  // A data directory, as `npm start` has: usage is persisted, so the API-key row pays what a developer's stack pays.
  const emulator = await startEmulator({
    definition: definition(join(workDir, "counters")),
    rootDir: PACKAGE_DIR,
    dataDir: join(workDir, "data"),
    bundleDir: join(workDir, "lambda"),
  });
  const first = await fetch(`${emulator.url}/public`);
  await first.arrayBuffer();
  const startMs = performance.now() - startedAt;

  try {
    const sdk = new APIGatewayClient({ endpoint: emulator.controlPlaneUrl, region: "us-east-1", credentials: { accessKeyId: "local", secretAccessKey: "local" }, maxAttempts: 1 });
    const plan = await sdk.send(
      new CreateUsagePlanCommand({ name: "bench-generous", apiStages: [{ apiId: "bench", stage: "bench" }], throttle: { rateLimit: 1_000_000, burstLimit: 1_000_000 } }),
    );
    const key = await sdk.send(new CreateApiKeyCommand({ name: "bench", value: "bench-key-0123456789abcdef", enabled: true }));
    await sdk.send(new CreateUsagePlanKeyCommand({ usagePlanId: plan.id!, keyId: key.id!, keyType: "API_KEY" }));
    sdk.destroy();
    const token = `allow.bench${Date.now()}`;

    const rssBefore = process.memoryUsage().rss;
    // Bare runs bracket every emulator row; each ratio uses the two bare runs around it.
    const bareRuns: LoadFigures[] = [await measure(`${bare.url}/public`)];
    const rows: EmulatorRow[] = [];
    const rssAfterRows: number[] = [];
    const runtimeOnly = await startRuntimeOnly(emulator.runtime);
    const rawHop = await startRawHop();
    const direct: Record<string, string> = { RAW: rawHop.url, RUNTIME: runtimeOnly.url };
    for (const [name, path, headers] of [
      ["(ceiling) raw thread hop, no runtime", "RAW", {}],
      ["(floor) runtime only, no gateway", "RUNTIME", {}],
      ["public", "/public", {}],
      ["authorizer (cached policy)", "/authorized", { Authorization: token }],
      ["API key + usage plan", "/keyed", { "x-api-key": "bench-key-0123456789abcdef" }],
    ] as [string, string, Record<string, string>][]) {
      const figures = await measure(direct[path] ? `${direct[path]}/public` : `${emulator.url}${path}`, headers);
      rssAfterRows.push(process.memoryUsage().rss);
      bareRuns.push(await measure(`${bare.url}/public`));
      const around = bareRuns.slice(-2);
      rows.push({ name, figures, bareRps: (around[0]!.rps + around[1]!.rps) / 2, bareP99: Math.max(around[0]!.p99, around[1]!.p99) });
    }
    const rssAfter = process.memoryUsage().rss;

    const invocations = (await (await fetch(`${emulator.url}/authorizer-invocations?token=${token}`)).json()) as { count: number };
    await runtimeOnly.close();
    await rawHop.close();
    const authorizedRequests = rows.find((r) => r.name.startsWith("authorizer"))!.figures.requests;
    printReport(bareRuns, rows, { startMs, rssBefore, rssAfterRows, rssAfter, invocations: invocations.count, authorizedRequests });
    console.log("function pools:", JSON.stringify(emulator.runtime.stats()));
  } finally {
    await emulator.close();
    await bare.close();
    rmSync(workDir, { recursive: true, force: true });
  }
}

interface EmulatorRow {
  name: string;
  figures: LoadFigures;
  /** Mean req/s of the bare runs just before and after this row. */
  bareRps: number;
  bareP99: number;
}

const row = (cells: (string | number)[], widths: number[]) => cells.map((cell, i) => (i === 0 ? String(cell).padEnd(widths[i]!) : String(cell).padStart(widths[i]!))).join(" ");

function printReport(bareRuns: LoadFigures[], rows: EmulatorRow[], extra: { startMs: number; rssBefore: number; rssAfterRows: number[]; rssAfter: number; invocations: number; authorizedRequests: number }): void {
  const widths = [34, 8, 7, 7, 8, 7, 10, 12];
  console.log(`\nGateway emulator vs bare Node — autocannon ${CONNECTIONS} connections, ${SECONDS} s per row (+${WARM_UP_SECONDS} s warm-up), Node ${process.version}`);
  console.log(`function concurrency (workers): ${FUNCTION_CONCURRENCY} (BENCH_FUNCTION_CONCURRENCY)`);
  console.log(`bare http.createServer runs (req/s, p99 ms): ${bareRuns.map((f) => `${f.rps.toFixed(0)}/${f.p99}`).join(", ")}`);
  console.log(row(["emulator route", "req/s", "p50 ms", "p99 ms", "non-2xx", "× bare", "≥0.5× bare", "p99 ≤ 10 ms"], widths));
  for (const { name, figures: f, bareRps, bareP99 } of rows) {
    const ratio = f.rps / bareRps;
    const p99Verdict = f.p99 <= 10 ? "yes" : `no (bare ${bareP99})`;
    const verdict = name.startsWith("(") ? "-" : ratio >= 0.5 ? "yes" : "NO";
    console.log(row([name, f.rps.toFixed(0), f.p50, f.p99, f.non2xx + f.errors, ratio.toFixed(2), verdict, p99Verdict], widths));
  }
  console.log("(× bare: against the mean of the bare runs just before and after that row, so machine drift cancels out)");
  console.log(`authorizer invocations: ${extra.invocations} for the warm-up + ${extra.authorizedRequests} measured authorized requests with one token (TTL 300 s; expected 1)`);
  console.log(`emulator start (startEmulator → first 200, bundling included): ${extra.startMs.toFixed(0)} ms`);
  const mb = (bytes: number) => `${(bytes / MB).toFixed(0)} MB`;
  console.log(
    `RSS (bench process: both servers + Lambda worker threads): ${mb(extra.rssBefore)} before load; after each emulator row ${extra.rssAfterRows.map(mb).join(", ")}; ${mb(extra.rssAfter)} at the end ` +
      "(workers start during the first rows' warm-ups: see liveWorkers below; flat memory shows as flat figures after that)",
  );
}

await main();
