/**
 * What the Lambda runtime adds per invocation beyond the function, for the costs the local stack's
 * bench (apps/local/bench) points at (prints, never asserts): a log line per invocation (forwarded
 * from the worker to this process's stdout), and the worker count for an I/O-bound function (one
 * invocation per worker at a time, so in-flight I/O = workers). 50 invocations always in flight;
 * CPU is this process's (main thread, workers, GC). Function output goes to /dev/null: the bench
 * re-runs itself with stdout discarded and prints on stderr.
 *
 *   npx tsx bench/worker-costs.bench.ts [invocations=20000]
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { createLambdaRuntime } from "../src/lambda";

const PACKAGE_DIR = join(dirname(fileURLToPath(import.meta.url)), "..");
const INVOCATIONS = Number(process.argv[2] ?? 20_000);
const IN_FLIGHT = 50;
const WARM_UP = 3_000;

const rows = [
  { name: "no output (hello)", entry: "bench/functions/hello.ts", concurrency: 10 },
  { name: "one 230 B log line per invocation", entry: "bench/functions/log-line.ts", concurrency: 10 },
  { name: "1 ms I/O wait, concurrency 10", entry: "bench/functions/io-wait.ts", concurrency: 10 },
  { name: "1 ms I/O wait, concurrency 4", entry: "bench/functions/io-wait.ts", concurrency: 4 },
  { name: "1 ms I/O wait, concurrency 2", entry: "bench/functions/io-wait.ts", concurrency: 2 },
];

async function measure(entry: string, concurrency: number, bundleDir: string) {
  const runtime = createLambdaRuntime({ functions: { fn: { entry, concurrency } }, rootDir: PACKAGE_DIR, bundleDir });
  try {
    await runtime.warm("fn");
    const run = async (count: number) => {
      let started = 0;
      await Promise.all(
        Array.from({ length: IN_FLIGHT }, async () => {
          while (started++ < count) await runtime.invoke("fn", { i: started });
        }),
      );
    };
    await run(WARM_UP);
    const cpuBefore = process.cpuUsage();
    const startedAt = performance.now();
    await run(INVOCATIONS);
    const cpu = process.cpuUsage(cpuBefore);
    const elapsedMs = performance.now() - startedAt;
    return { perSecond: (INVOCATIONS / elapsedMs) * 1000, cpuMicros: (cpu.user + cpu.system) / INVOCATIONS, workers: runtime.stats().fn!.liveWorkers };
  } finally {
    await runtime.close();
  }
}

if (process.env.WORKER_COSTS_CHILD) {
  const bundleDir = mkdtempSync(join(tmpdir(), "linkgate-worker-costs-"));
  try {
    console.error(`\nLambda runtime, per invocation — ${IN_FLIGHT} in flight, ${INVOCATIONS} invocations per row (+${WARM_UP} warm-up), Node ${process.version}`);
    console.error(`${"row".padEnd(36)} ${"inv/s".padStart(7)} ${"CPU µs/inv".padStart(11)} ${"workers".padStart(8)}`);
    for (const row of rows) {
      const f = await measure(row.entry, row.concurrency, bundleDir);
      console.error(`${row.name.padEnd(36)} ${f.perSecond.toFixed(0).padStart(7)} ${f.cpuMicros.toFixed(0).padStart(11)} ${String(f.workers).padStart(8)}`);
    }
  } finally {
    rmSync(bundleDir, { recursive: true, force: true });
  }
} else {
  const child = spawnSync(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), ...process.argv.slice(2)], {
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...process.env, WORKER_COSTS_CHILD: "1" },
  });
  process.exitCode = child.status ?? 1;
}
