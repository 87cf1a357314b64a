/**
 * What recording CloudWatch metrics costs the gateway per request: the same in-process gateway
 * (fake function, as tests/apigateway/bench/gateway-bench.ts) with and without a metrics recorder
 * and the access log's metric filters, loaded in alternating autocannon rows (A B B A …) in one
 * run; prints CPU µs per request of this process for each and the difference. Prints, never asserts.
 *
 *   npx tsx bench/metrics-recording.bench.ts [seconds=5] [connections=50]
 */
import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { startGateway, type Gateway } from "../src/apigateway/gateway-server";
import { MetricsRecorder } from "../src/cloudwatch/metrics-recorder";
import { MetricStore } from "../src/cloudwatch/metric-store";
import { definition, route } from "../tests/apigateway/support/gateway-fixture-lite";
import { leanInvoker } from "../tests/apigateway/support/lean-invoker";
import { MemoryUsageGate } from "../tests/apigateway/support/memory-usage-gate";

const run = promisify(execFile);
const SECONDS = Number(process.argv[2] ?? 5);
const CONNECTIONS = Number(process.argv[3] ?? 50);
const ROUNDS = 3;
const autocannonBin = fileURLToPath(new URL("../../../node_modules/autocannon/autocannon.js", import.meta.url));

async function cpuPerRequest(url: string): Promise<{ micros: number; rps: number }> {
  const cpuBefore = process.cpuUsage();
  const { stdout } = await run(process.execPath, [autocannonBin, "-c", String(CONNECTIONS), "-d", String(SECONDS), "-j", url], { maxBuffer: 16 * 1024 * 1024 });
  const cpu = process.cpuUsage(cpuBefore);
  const result = JSON.parse(stdout) as { requests: { average: number; total: number } };
  return { micros: (cpu.user + cpu.system) / Math.max(1, result.requests.total), rps: result.requests.average };
}

async function main(): Promise<void> {
  const handlers = { fn: () => ({ statusCode: 200, body: '{"ok":true}' }) };
  // Four routes under one API, so the per-method series are more than one.
  const routes = [route("GET", "/v1/links/{code}", "fn"), route("GET", "/health", "fn"), route("GET", "/me", "fn"), route("POST", "/v1/links", "fn")];
  const extra = { name: "bench-api", accountThrottle: { rateLimit: 1e9, burstLimit: 1e9 } };
  const store = new MetricStore();
  const start = (withMetrics: boolean): Promise<Gateway> =>
    startGateway({
      definition: definition(routes, handlers, extra),
      invoker: leanInvoker(handlers),
      usageGate: new MemoryUsageGate([]),
      ...(withMetrics
        ? { metrics: { recorder: new MetricsRecorder(store), accessLogFilters: [{ namespace: "Bench/Gateway", metricName: "Throttled", pattern: '{ $.responseType = "THROTTLED" }', value: "1", dimensions: { Stage: "$.stage" } }] } }
        : {}),
    });
  const [plain, metered] = await Promise.all([start(false), start(true)]);
  const totals = { plain: { micros: 0, rps: 0 }, metered: { micros: 0, rps: 0 } };
  for (let round = 0; round < ROUNDS; round += 1) {
    const order: ("plain" | "metered")[] = round % 2 === 0 ? ["plain", "metered"] : ["metered", "plain"];
    for (const which of order) {
      const figures = await cpuPerRequest(`${(which === "plain" ? plain : metered).url}/v1/links/abc`);
      totals[which].micros += figures.micros / ROUNDS;
      totals[which].rps += figures.rps / ROUNDS;
    }
  }
  console.log(`\nmetrics recording on the gateway — ${ROUNDS}×2 rows of ${SECONDS} s, ${CONNECTIONS} connections, Node ${process.version}; CPU = this process per request`);
  console.log(`without metrics: ${totals.plain.micros.toFixed(1)} µs/request, ${totals.plain.rps.toFixed(0)} req/s`);
  console.log(`with metrics (AWS/ApiGateway, 3 dimension sets, + 1 access-log metric filter): ${totals.metered.micros.toFixed(1)} µs/request, ${totals.metered.rps.toFixed(0)} req/s`);
  console.log(`cost of recording: ${(totals.metered.micros - totals.plain.micros).toFixed(1)} µs/request (×${(totals.metered.micros / totals.plain.micros).toFixed(3)} CPU)`);
  await Promise.all([plain.close(), metered.close()]);
}

await main();
