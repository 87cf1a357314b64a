/**
 * Micro-benchmark of the Lambda runtime (prints, never asserts). Run from the repo root:
 *   npx tsx packages/emulator/bench/lambda-runtime.bench.ts
 * Baseline: the same handler called directly in this process. Compared: warm invoke latency
 * (p50/p99, one caller), throughput (1 and 10 concurrent callers), and cold start (bundle + worker init).
 * On a shared 2-core machine runs vary by ±40%: read the ratios, measured in one run.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import { createLambdaRuntime, type LambdaRuntime } from "../src/lambda";
import { handler } from "../tests/fixtures/lambda/proxy-echo";

const PACKAGE_DIR = join(dirname(fileURLToPath(import.meta.url)), "..");
const ENTRY = "tests/fixtures/lambda/proxy-echo.ts";
const LATENCY_SAMPLES = 5_000;
const THROUGHPUT_MS = 3_000;
const COLD_STARTS = 5;

/** An API Gateway proxy event of realistic size (~1.5 KB). */
function proxyEvent(i: number) {
  return {
    resource: "/{code}",
    path: `/abc${i}`,
    httpMethod: "GET",
    headers: { host: "127.0.0.1:3000", "user-agent": "bench/1.0", accept: "*/*", "x-forwarded-for": "127.0.0.1" },
    multiValueHeaders: { host: ["127.0.0.1:3000"], "user-agent": ["bench/1.0"], accept: ["*/*"], "x-forwarded-for": ["127.0.0.1"] },
    queryStringParameters: null,
    multiValueQueryStringParameters: null,
    pathParameters: { code: `abc${i}` },
    stageVariables: null,
    requestContext: {
      resourceId: "r1",
      resourcePath: "/{code}",
      httpMethod: "GET",
      extendedRequestId: `e${i}`,
      requestTime: "24/Nov/2026:02:00:00 +0000",
      requestTimeEpoch: 1795399200000,
      path: `/local/abc${i}`,
      accountId: "123456789012",
      protocol: "HTTP/1.1",
      stage: "local",
      domainPrefix: "127",
      domainName: "127.0.0.1",
      requestId: `req-${i}`,
      apiId: "linkgate",
      identity: { sourceIp: "127.0.0.1", userAgent: "bench/1.0", apiKey: null, apiKeyId: null },
    },
    body: null,
    isBase64Encoded: false,
  };
}

type Call = (i: number) => Promise<unknown>;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

async function latency(call: Call): Promise<{ p50: number; p99: number }> {
  for (let i = 0; i < 500; i++) await call(i); // warm-up (JIT, caches)
  const samples: number[] = [];
  for (let i = 0; i < LATENCY_SAMPLES; i++) {
    const started = performance.now();
    await call(i);
    samples.push(performance.now() - started);
  }
  samples.sort((a, b) => a - b);
  return { p50: percentile(samples, 50), p99: percentile(samples, 99) };
}

async function throughput(call: Call, callers: number): Promise<number> {
  // Warm-up with the same concurrency, so every worker the run needs has started (no cold start inside the window).
  await Promise.all(Array.from({ length: callers }, async (_, i) => { for (let j = 0; j < 50; j++) await call(i); }));
  let done = 0;
  const until = performance.now() + THROUGHPUT_MS;
  await Promise.all(
    Array.from({ length: callers }, async () => {
      while (performance.now() < until) await call(done++);
    }),
  );
  return done / (THROUGHPUT_MS / 1000);
}

function runtimeCall(runtime: LambdaRuntime): Call {
  return async (i) => {
    const result = await runtime.invoke("echo", proxyEvent(i), { integrationTimeoutMs: 29_000 });
    if (!result.ok) throw new Error(`${result.error}: ${result.message}`);
    return result.payload;
  };
}

async function coldStarts(bundleDir: string): Promise<{ totalMs: number; bundleMs: number }[]> {
  const runs = [];
  for (let i = 0; i < COLD_STARTS; i++) {
    const runtime = createLambdaRuntime({ functions: { echo: { entry: ENTRY } }, rootDir: PACKAGE_DIR, bundleDir: join(bundleDir, `cold${i}`) });
    const started = performance.now();
    await runtime.invoke("echo", proxyEvent(0));
    runs.push({ totalMs: performance.now() - started, bundleMs: runtime.stats().echo!.lastBundleMs });
    await runtime.close();
  }
  return runs;
}

const fmt = (n: number, digits = 3) => n.toFixed(digits);
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

async function main(): Promise<void> {
  const bundleDir = mkdtempSync(join(tmpdir(), "linkgate-bench-"));
  const direct: Call = (i) => handler(proxyEvent(i));
  const runtime = createLambdaRuntime({ functions: { echo: { entry: ENTRY, concurrency: 10 } }, rootDir: PACKAGE_DIR, bundleDir });
  try {
    const colds = await coldStarts(bundleDir);
    const coldTotal = median(colds.map((run) => run.totalMs));
    const coldBundle = median(colds.map((run) => run.bundleMs));
    await runtime.warm("echo");
    const invoke = runtimeCall(runtime);

    const baseLatency = await latency(direct);
    const warmLatency = await latency(invoke);
    const base1 = await throughput(direct, 1);
    const warm1 = await throughput(invoke, 1);
    const base10 = await throughput(direct, 10);
    const warm10 = await throughput(invoke, 10);

    console.log(`lambda runtime benchmark (Node ${process.version}, ${LATENCY_SAMPLES} sequential invokes, ${THROUGHPUT_MS / 1000} s throughput runs)`);
    console.table({
      "direct call (baseline)": { "p50 ms": fmt(baseLatency.p50), "p99 ms": fmt(baseLatency.p99), "inv/s 1 caller": Math.round(base1), "inv/s 10 callers": Math.round(base10) },
      "runtime, warm worker": { "p50 ms": fmt(warmLatency.p50), "p99 ms": fmt(warmLatency.p99), "inv/s 1 caller": Math.round(warm1), "inv/s 10 callers": Math.round(warm10) },
    });
    console.log(`warm overhead per invoke: p50 +${fmt((warmLatency.p50 - baseLatency.p50) * 1000, 0)} µs, p99 +${fmt((warmLatency.p99 - baseLatency.p99) * 1000, 0)} µs`);
    console.log(`throughput ratio runtime/direct: 1 caller ${fmt(warm1 / base1, 4)}, 10 callers ${fmt(warm10 / base10, 4)}`);
    console.log(`cold start (median of ${COLD_STARTS}): ${fmt(coldTotal, 1)} ms total, of which esbuild bundle ${fmt(coldBundle, 1)} ms, worker init ${fmt(coldTotal - coldBundle, 1)} ms`);
    console.log(`bundle size: ${runtime.stats().echo!.bundleBytes} bytes; workers used: ${runtime.stats().echo!.liveWorkers}`);
  } finally {
    await runtime.close();
    rmSync(bundleDir, { recursive: true, force: true });
  }
}

await main();
