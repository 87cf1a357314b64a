import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import type { LoadFigures } from "./load-figures";

/**
 * autocannon (the root devDependency) in its own process, JSON result parsed: the load generator
 * never shares a process with what it measures. autocannon's `non2xx` would count every redirect,
 * so failures are read from its status-code table instead: 4xx and 5xx, errors and timeouts.
 */
const run = promisify(execFile);
const AUTOCANNON = fileURLToPath(new URL("../../../node_modules/autocannon/autocannon.js", import.meta.url));

export async function autocannon(url: string, options: { connections: number; seconds: number; headers?: Record<string, string> }): Promise<LoadFigures> {
  const args = [AUTOCANNON, "-c", String(options.connections), "-d", String(options.seconds), "-j"];
  for (const [name, value] of Object.entries(options.headers ?? {})) args.push("-H", `${name}=${value}`);
  const { stdout } = await run(process.execPath, [...args, url], { maxBuffer: 32 * 1024 * 1024 });
  const result = JSON.parse(stdout) as {
    requests: { average: number; total: number };
    latency: { p50: number; p99: number };
    errors: number;
    timeouts: number;
    statusCodeStats?: Record<string, { count: number }>;
  };
  const failed = Object.entries(result.statusCodeStats ?? {}).reduce((sum, [code, { count }]) => sum + (Number(code) >= 400 ? count : 0), 0);
  return { rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, requests: result.requests.total, failures: failed + result.errors + result.timeouts };
}
