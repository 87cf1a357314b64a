/**
 * Gateway overhead benchmark: prints req/s, p50/p99 and the ratio to a bare Node server for each
 * route class (public, authorized with a cached policy, API key with usage plan). Functions are
 * in-process fakes, so this measures the gateway alone, not the Lambda runtime (but with the
 * event's serialisation, which the runtime does on the main thread: see lean-invoker.ts).
 *
 *   npx tsx tests/apigateway/bench/gateway-bench.ts [seconds=10] [connections=50]
 *
 * Prints, never asserts: runs on a shared 2-core machine vary by ±40%, only ratios within one run mean anything.
 */
import { execFile } from "node:child_process";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { startGateway } from "../../../src/apigateway/gateway-server";
import { definition, route } from "../support/gateway-fixture-lite";
import { leanInvoker } from "../support/lean-invoker";
import { MemoryUsageGate } from "../support/memory-usage-gate";
import { allowAll } from "../support/policies";

const run = promisify(execFile);
const seconds = Number(process.argv[2] ?? 10);
const connections = Number(process.argv[3] ?? 50);
const autocannonBin = fileURLToPath(new URL("../../../../../node_modules/autocannon/autocannon.js", import.meta.url));
const KEY = { id: "bench-key", value: "bench-key-0123456789abcdef", throttle: { rateLimit: 1e9, burstLimit: 1e9 } };

interface Figures {
  rps: number;
  p50: number;
  p99: number;
  non2xx: number;
  /** CPU time this (server) process spent per request: steadier than req/s on a shared machine. */
  cpuMicrosPerRequest: number;
}

async function load(url: string, headers: Record<string, string> = {}): Promise<Figures> {
  const args = [autocannonBin, "-c", String(connections), "-d", String(seconds), "-j"];
  for (const [name, value] of Object.entries(headers)) args.push("-H", `${name}=${value}`);
  const cpuBefore = process.cpuUsage();
  const { stdout } = await run(process.execPath, [...args, url], { maxBuffer: 16 * 1024 * 1024 });
  const cpu = process.cpuUsage(cpuBefore);
  const result = JSON.parse(stdout) as { requests: { average: number; total: number }; latency: { p50: number; p99: number }; non2xx: number };
  const cpuMicrosPerRequest = (cpu.user + cpu.system) / Math.max(1, result.requests.total);
  return { rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, non2xx: result.non2xx, cpuMicrosPerRequest };
}

async function main() {
  const bare = createServer((_, res) => {
    res.writeHead(200, { "Content-Type": "application/json" });
    res.end('{"ok":true}');
  });
  await new Promise<void>((resolve) => bare.listen(0, "127.0.0.1", resolve));
  const bareUrl = `http://127.0.0.1:${(bare.address() as AddressInfo).port}/health`;

  const handlers = { fn: () => ({ statusCode: 200, body: '{"ok":true}' }), authFn: () => allowAll("bench-user") };
  const gateway = await startGateway({
    definition: definition(
      [route("GET", "/health", "fn"), route("GET", "/me", "fn", { authorizer: "auth" }), route("GET", "/v1/links", "fn", { apiKeyRequired: true })],
      handlers,
      {
        authorizers: { auth: { type: "TOKEN", function: "authFn", identitySource: ["method.request.header.Authorization"] } },
        // Raised like a Service Quotas increase: the default 10,000 rps answers most of the load with 429s.
        accountThrottle: { rateLimit: 1e9, burstLimit: 1e9 },
      },
    ),
    invoker: leanInvoker(handlers),
    usageGate: new MemoryUsageGate([KEY]),
  });

  const rssBefore = process.memoryUsage().rss;
  const rows: [string, Figures][] = [];
  rows.push(["bare http.createServer", await load(bareUrl)]);
  rows.push(["gateway public", await load(`${gateway.url}/health`)]);
  rows.push(["gateway authorizer (cached)", await load(`${gateway.url}/me`, { Authorization: "Bearer bench" })]);
  rows.push(["gateway API key + usage plan", await load(`${gateway.url}/v1/links`, { "x-api-key": KEY.value })]);
  const rssAfter = process.memoryUsage().rss;

  const baseline = rows[0]?.[1].rps ?? 1;
  console.log(`autocannon ${connections} connections, ${seconds} s per row, Node ${process.version}`);
  const baselineCpu = rows[0]?.[1].cpuMicrosPerRequest ?? 1;
  console.log(
    ["setup".padEnd(32), "req/s".padStart(9), "p50 ms".padStart(8), "p99 ms".padStart(8), "non-2xx".padStart(8), "× bare".padStart(7), "CPU µs/req".padStart(11), "CPU × bare".padStart(11)].join(" "),
  );
  for (const [name, f] of rows) {
    const cells = [f.rps.toFixed(0), String(f.p50), String(f.p99), String(f.non2xx), (f.rps / baseline).toFixed(2)];
    const cpuCells = [f.cpuMicrosPerRequest.toFixed(0), (f.cpuMicrosPerRequest / baselineCpu).toFixed(2)];
    console.log([name.padEnd(32), ...cells.map((cell, i) => cell.padStart(i === 4 ? 7 : i === 0 ? 9 : 8)), ...cpuCells.map((cell) => cell.padStart(11))].join(" "));
  }
  console.log(`bench process RSS: ${(rssBefore / 2 ** 20).toFixed(0)} MB before gateway load, ${(rssAfter / 2 ** 20).toFixed(0)} MB after`);
  console.log("gateway metrics:", JSON.stringify(gateway.metrics()));

  await gateway.close();
  await new Promise<void>((resolve) => bare.close(() => resolve()));
}

await main();
