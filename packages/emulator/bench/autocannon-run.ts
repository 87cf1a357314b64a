import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";

/**
 * autocannon in its own process (the bench process hosts the servers under test), same arguments
 * for every setup, JSON result parsed: the load generator never shares an event loop with a server.
 */
const run = promisify(execFile);
const AUTOCANNON = fileURLToPath(new URL("../../../node_modules/autocannon/autocannon.js", import.meta.url));

export interface LoadFigures {
  rps: number;
  p50: number;
  p99: number;
  requests: number;
  non2xx: number;
  errors: number;
}

export interface LoadOptions {
  connections: number;
  seconds: number;
  headers?: Record<string, string>;
}

export async function loadTest(url: string, options: LoadOptions): Promise<LoadFigures> {
  const args = [AUTOCANNON, "-c", String(options.connections), "-d", String(options.seconds), "-j"];
  for (const [name, value] of Object.entries(options.headers ?? {})) args.push("-H", `${name}=${value}`);
  const { stdout } = await run(process.execPath, [...args, url], { maxBuffer: 32 * 1024 * 1024 });
  const result = JSON.parse(stdout) as {
    requests: { average: number; total: number };
    latency: { p50: number; p99: number };
    non2xx: number;
    errors: number;
  };
  return { rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, requests: result.requests.total, non2xx: result.non2xx, errors: result.errors };
}
