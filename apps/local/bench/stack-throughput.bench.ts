/**
 * End-to-end throughput of the local stack against DynamoDB Local itself, in one run (prints,
 * never asserts). The stack runs in its own process (stack-server.ts: `npm start`'s setup, access
 * log on stdout, throttles raised); every load generator is a child process too, so /proc shows
 * what the stack and DynamoDB Local's java spend per request. Rows, each after a short warm-up:
 *
 *   raw UpdateItem   the redirect's exact UpdateItem, raw SDK, straight to DynamoDB Local
 *   raw GetItem      /me's exact GetItem (Owners), same
 *   GET /{code}      the redirect through the gateway, a worker and DynamoDB Local (autocannon)
 *   GET /me          a signed-in user, authorizer policy cached, one GetItem
 *
 * and the raw rows once more at the end: ratios use the mean of the two raw runs, since the
 * machine drifts (±30 %) and both cores are shared by everything here.
 *
 *   npm run bench -w @linkgate/local    or   npx tsx bench/stack-throughput.bench.ts [seconds=8] [connections=50]
 *   BENCH_CPU_PROF=<dir>               the stack process runs with --cpu-prof (main thread and workers)
 */
import { execFile } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { autocannon } from "./autocannon-run";
import type { LoadFigures } from "./load-figures";
import { processCpuMs, threadTimes } from "./proc-cpu";
import { signedInUser, startStackProcess, type Stack } from "./stack-child";

const SECONDS = Number(process.argv[2] ?? 8);
const CONNECTIONS = Number(process.argv[3] ?? 50);
const WARM_UP_SECONDS = 2;
const APP_DIR = join(dirname(fileURLToPath(import.meta.url)), "..");
const TABLES = { links: "linkgate-local-Links", owners: "linkgate-local-Owners" };
const runFile = promisify(execFile);

async function rawLoad(endpoint: string, operation: "update" | "get", table: string, key: string, seconds: number): Promise<LoadFigures> {
  const args = ["--import", "tsx", "bench/raw-dynamodb-load.ts", endpoint, operation, table, key, String(seconds), String(CONNECTIONS)];
  const { stdout } = await runFile(process.execPath, args, { cwd: APP_DIR });
  return JSON.parse(stdout) as LoadFigures;
}

/** CPU of the stack's threads, grouped: main thread, function workers, V8's platform threads (GC), libuv pool. */
function stackCpu(stack: Stack): Record<CpuGroup, number> & { threads: Map<number, number>; workerTids: Set<number> } {
  const groups = { main: 0, workers: 0, v8: 0, libuv: 0, threads: new Map<number, number>(), workerTids: new Set<number>() };
  const boot = new Set(stack.ready.bootThreads);
  for (const thread of threadTimes(stack.pid)) {
    groups.threads.set(thread.tid, thread.cpuMs);
    if (thread.tid === stack.pid) groups.main += thread.cpuMs;
    else if (thread.name.startsWith("libuv")) groups.libuv += thread.cpuMs;
    else if (boot.has(thread.tid)) groups.v8 += thread.cpuMs;
    else {
      groups.workers += thread.cpuMs;
      groups.workerTids.add(thread.tid);
    }
  }
  return groups;
}
type CpuGroup = "main" | "workers" | "v8" | "libuv";

interface Row {
  name: string;
  figures: LoadFigures;
  /** CPU ms per request: the stack process (by thread group) and DynamoDB Local's java. */
  stackMs: Record<CpuGroup, number> & { total: number };
  javaMs: number;
  /** Cores busy during the row. */
  stackCores: number;
  javaCores: number;
  logBytesPerRequest: number;
  logLinesPerRequest: number;
  /** CPU ms of each thread started after the stack's boot (the function workers), busiest first. */
  workerThreadMs: number[];
}

async function measured(name: string, stack: Stack, run: (seconds: number) => Promise<LoadFigures>): Promise<Row> {
  await run(WARM_UP_SECONDS);
  const javaPid = stack.ready.dynamodbPid!;
  const before = { stack: stackCpu(stack), java: processCpuMs(javaPid), bytes: stack.output.bytes, lines: stack.output.lines, at: performance.now() };
  const figures = await run(SECONDS);
  const after = { stack: stackCpu(stack), java: processCpuMs(javaPid), bytes: stack.output.bytes, lines: stack.output.lines, at: performance.now() };
  const requests = Math.max(1, figures.requests);
  const elapsedMs = after.at - before.at;
  const per = (group: CpuGroup) => (after.stack[group] - before.stack[group]) / requests;
  const stackMs = { main: per("main"), workers: per("workers"), v8: per("v8"), libuv: per("libuv"), total: 0 };
  stackMs.total = stackMs.main + stackMs.workers + stackMs.v8 + stackMs.libuv;
  const workerThreadMs: number[] = [];
  for (const [tid, cpuMs] of after.stack.threads) {
    if (after.stack.workerTids.has(tid)) workerThreadMs.push(cpuMs - (before.stack.threads.get(tid) ?? 0));
  }
  workerThreadMs.sort((a, b) => b - a);
  return {
    name,
    figures,
    stackMs,
    javaMs: (after.java - before.java) / requests,
    stackCores: (stackMs.total * requests) / elapsedMs,
    javaCores: (after.java - before.java) / elapsedMs,
    logBytesPerRequest: (after.bytes - before.bytes) / requests,
    logLinesPerRequest: (after.lines - before.lines) / requests,
    workerThreadMs,
  };
}

async function main(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), "linkgate-stack-bench-"));
  const startedAt = performance.now();
  const stack = await startStackProcess(dataDir);
  const startMs = performance.now() - startedAt;
  try {
    const { info } = stack.ready;
    const user = await signedInUser(info);
    const endpoint = info.dynamodbEndpoint;
    const rows: Row[] = [];
    const rawUpdate = () => measured("raw SDK UpdateItem (redirect's)", stack, (s) => rawLoad(endpoint, "update", TABLES.links, user.code, s));
    const rawGet = () => measured("raw SDK GetItem (Owners, /me's)", stack, (s) => rawLoad(endpoint, "get", TABLES.owners, user.ownerId, s));
    rows.push(await rawUpdate(), await rawGet());
    rows.push(await measured("GET /{code} redirect", stack, (s) => autocannon(`${info.apiUrl}/${user.code}`, { connections: CONNECTIONS, seconds: s })));
    rows.push(
      await measured("GET /me (authorizer cached)", stack, (s) =>
        autocannon(`${info.apiUrl}/me`, { connections: CONNECTIONS, seconds: s, headers: { authorization: `Bearer ${user.token}` } }),
      ),
    );
    rows.push(await rawUpdate(), await rawGet());
    printReport(rows, startMs);
  } finally {
    await stack.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

function printReport(rows: Row[], startMs: number): void {
  const widths = [34, 7, 6, 6, 6, 8, 7, 7, 7, 7, 7, 6, 6, 7, 7];
  const line = (cells: (string | number)[]) => cells.map((cell, i) => (i === 0 ? String(cell).padEnd(widths[i]!) : String(cell).padStart(widths[i]!))).join(" ");
  const ms = (value: number) => value.toFixed(2);
  console.log(`\nLocal stack vs DynamoDB Local's raw SDK — ${CONNECTIONS} in flight, ${SECONDS} s per row (+${WARM_UP_SECONDS} s warm-up), Node ${process.version}`);
  console.log("CPU columns: ms of CPU per request. stack = the stack's process (main thread, function workers, V8 platform threads incl. GC, libuv pool); java = DynamoDB Local; sdk = the raw SDK loop's own CPU per call");
  console.log(line(["row", "req/s", "p50", "p99", "fail", "stack", "main", "workers", "v8/gc", "libuv", "java", "stack", "java", "log B/r", "sdk"]));
  console.log(line(["", "", "ms", "ms", "", "ms/r", "ms/r", "ms/r", "ms/r", "ms/r", "ms/r", "cores", "cores", "", "ms/r"]));
  for (const r of rows) {
    const f = r.figures;
    console.log(
      line([r.name, f.rps.toFixed(0), f.p50, f.p99, f.failures, ms(r.stackMs.total), ms(r.stackMs.main), ms(r.stackMs.workers), ms(r.stackMs.v8), ms(r.stackMs.libuv), ms(r.javaMs), r.stackCores.toFixed(2), r.javaCores.toFixed(2), r.logBytesPerRequest.toFixed(0), f.generatorCpuMs === undefined ? "-" : ms(f.generatorCpuMs)]),
    );
  }
  const mean = (prefix: string) => {
    const matching = rows.filter((r) => r.name.startsWith(prefix));
    return matching.reduce((sum, r) => sum + r.figures.rps, 0) / matching.length;
  };
  const rawUpdate = mean("raw SDK UpdateItem");
  const rawGet = mean("raw SDK GetItem");
  const redirect = rows.find((r) => r.name.startsWith("GET /{code}"))!;
  const me = rows.find((r) => r.name.startsWith("GET /me"))!;
  const verdict = (ratio: number) => (ratio >= 0.5 ? "yes" : "NO");
  console.log(`\nredirect / raw UpdateItem: ${(redirect.figures.rps / rawUpdate).toFixed(2)} (≥ 0.5: ${verdict(redirect.figures.rps / rawUpdate)}; raw mean of both runs ${rawUpdate.toFixed(0)}/s)`);
  console.log(`/me / raw GetItem:         ${(me.figures.rps / rawGet).toFixed(2)} (≥ 0.5: ${verdict(me.figures.rps / rawGet)}; raw mean of both runs ${rawGet.toFixed(0)}/s)`);
  for (const r of [redirect, me]) {
    const busy = r.workerThreadMs.filter((cpuMs) => cpuMs >= 10);
    console.log(`${r.name}: ${busy.length} worker threads ran, CPU ms each: ${busy.map((cpuMs) => cpuMs.toFixed(0)).join(" ")}; stack output ${r.logLinesPerRequest.toFixed(2)} lines, ${r.logBytesPerRequest.toFixed(0)} B per request`);
  }
  console.log(`stack start (process spawn → seeded and ready): ${(startMs / 1000).toFixed(1)} s`);
}

await main();
