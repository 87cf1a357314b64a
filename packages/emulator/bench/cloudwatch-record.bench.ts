/**
 * What recording metrics costs the hot path, and what the store holds in memory (prints, never asserts).
 *   record          — MetricStore.record of one data point (2 dimensions), 1,000 series in rotation;
 *   gateway request — MetricsRecorder.gatewayRequest: one request's 15 AWS/ApiGateway data points;
 *   lambda invoke   — MetricsRecorder.lambdaInvocation: one invocation's 5 AWS/Lambda data points;
 *   EMF line        — MetricsRecorder.logLine of a Powertools Metrics line (parse + 2 data points);
 * Latencies are fractional, as measured ones are: integer-only values let V8 specialise the path for
 * small integers, and the first fraction (the EMF case's 4.5 ms) then left it ~10x slower for the run.
 * Then the heap held per 10,000 series (after a forced GC), for one minute of one value each (a
 * Count) and for 15 minutes of 20 distinct latencies each (histograms), and the snapshot's size.
 *   npx tsx bench/cloudwatch-record.bench.ts [records=300000] [rounds=5]
 */
import { performance } from "node:perf_hooks";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { MetricStore, MetricsRecorder } from "../src/cloudwatch";

const RECORDS = Number(process.argv[2] ?? 300_000);
const ROUNDS = Number(process.argv[3] ?? 5);
const SERIES = 1_000;
const T0 = Date.UTC(2026, 0, 5, 12, 0, 0);

const routes = Array.from({ length: SERIES }, (_, i) => `/v1/route-${i}`);
const emfLine = JSON.stringify({
  _aws: { Timestamp: T0, CloudWatchMetrics: [{ Namespace: "Linkgate", Dimensions: [["service", "route"]], Metrics: [{ Name: "Redirects", Unit: "Count" }, { Name: "LookupLatency", Unit: "Milliseconds" }] }] },
  service: "redirect",
  route: "GET /{code}",
  Redirects: 1,
  LookupLatency: 4.5,
});

const cases: Record<string, (recorder: MetricsRecorder, i: number) => void> = {
  "record (1 data point)": (recorder, i) =>
    recorder.record({ namespace: "App", name: "Latency", dimensions: { Route: routes[i % SERIES]!, Method: "GET" }, value: (i % 97) + 0.5, unit: "Milliseconds", at: T0 + (i % 60) * 1000 }),
  "gateway request (15 points)": (recorder, i) =>
    recorder.gatewayRequest({ apiName: "linkgate", stage: "local", resourcePath: routes[i % 50]!, httpMethod: "GET", status: i % 10 ? 200 : 404, latencyMs: 5.25 + (i % 40), integrationLatencyMs: 3.5 + (i % 30), at: T0 }),
  "lambda invoke (5 points)": (recorder, i) => recorder.lambdaInvocation({ functionName: `fn-${i % 20}`, durationMs: 2.5 + (i % 50), concurrentExecutions: 1 + (i % 4), at: T0 }),
  "EMF line (2 points)": (recorder) => void recorder.logLine(emfLine),
};

function microsPerCall(run: (recorder: MetricsRecorder, i: number) => void): number {
  const recorder = new MetricsRecorder(new MetricStore());
  const started = performance.now();
  for (let i = 0; i < RECORDS; i++) run(recorder, i);
  return ((performance.now() - started) * 1000) / RECORDS;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const samples = new Map(Object.keys(cases).map((name) => [name, [] as number[]]));
// Round 0 warms the JIT up and is not counted; the cases alternate so that drift hits all alike.
for (let round = 0; round <= ROUNDS; round++) {
  for (const [name, run] of Object.entries(cases)) {
    const us = microsPerCall(run);
    if (round > 0) samples.get(name)!.push(us);
  }
}
console.log(`\nCloudWatch recording — ${RECORDS} calls per run, ${ROUNDS} rounds after a warm-up, Node ${process.version} (µs per call; median, all runs)`);
for (const [name, values] of samples) console.log(`${name.padEnd(28)} ${median(values).toFixed(3)} µs   [${values.map((v) => v.toFixed(3)).join(", ")}]`);

setFlagsFromString("--expose-gc");
const gc = runInNewContext("gc") as () => void;
function heapHeldBy(fill: (store: MetricStore) => void): { mib: number; snapshotMib: number } {
  gc();
  const before = process.memoryUsage().heapUsed;
  const store = new MetricStore();
  fill(store);
  gc();
  const held = process.memoryUsage().heapUsed - before;
  const snapshotBytes = Buffer.byteLength(JSON.stringify(store.snapshot()));
  if (store.seriesCount !== 10_000) throw new Error(`expected 10,000 series, got ${store.seriesCount}`);
  return { mib: held / 1_048_576, snapshotMib: snapshotBytes / 1_048_576 };
}
const oneMinute = heapHeldBy((store) => {
  for (let s = 0; s < 10_000; s++) store.record({ namespace: "App", name: "Count", dimensions: { ApiName: "linkgate", Resource: `/r/${s}` }, value: 1, unit: "Count", at: T0 });
});
const anHour = heapHeldBy((store) => {
  for (let s = 0; s < 10_000; s++) {
    for (let minute = 0; minute < 15; minute++) {
      for (let v = 0; v < 20; v++) store.record({ namespace: "App", name: "Latency", dimensions: { ApiName: "linkgate", Resource: `/r/${s}` }, value: 1 + v * 7 + minute, unit: "Milliseconds", at: T0 + minute * 60_000 });
    }
  }
});
console.log(`\nMemory per 10,000 series (heap after GC; JSON snapshot size)`);
console.log(`1 minute, one value each          ${oneMinute.mib.toFixed(1)} MiB heap (${((oneMinute.mib * 1_048_576) / 10_000).toFixed(0)} B per series)   snapshot ${oneMinute.snapshotMib.toFixed(1)} MiB`);
console.log(`15 minutes x 20 distinct values   ${anHour.mib.toFixed(1)} MiB heap (${((anHour.mib * 1_048_576) / 150_000).toFixed(0)} B per series-minute)   snapshot ${anHour.snapshotMib.toFixed(1)} MiB`);
