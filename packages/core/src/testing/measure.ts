/**
 * Measuring one operation against another in the same run: throughput, latency percentiles and
 * this process's CPU per operation. Figures vary a lot between runs on a shared machine: compare
 * the ratios of one run, never assert on them.
 */
import { performance } from "node:perf_hooks";

export interface BenchResult {
  name: string;
  ops: number;
  opsPerSecond: number;
  p50: number;
  p99: number;
  cpuMicrosPerOp: number;
}


/** Latencies and CPU of one operation, accumulated over several slices. */
interface Tally {
  latencies: number[];
  elapsedMs: number;
  cpuMicros: number;
}

async function runSlice(tally: Tally, ops: number, concurrency: number, op: () => Promise<unknown>): Promise<void> {
  let next = 0;
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < ops) {
        next += 1;
        const t0 = performance.now();
        await op();
        tally.latencies.push(performance.now() - t0);
      }
    }),
  );
  tally.elapsedMs += performance.now() - started;
  const cpu = process.cpuUsage(cpuBefore);
  tally.cpuMicros += cpu.user + cpu.system;
}

function summarise(name: string, tally: Tally): BenchResult {
  const sorted = [...tally.latencies].sort((a, b) => a - b);
  const pick = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
  const ops = sorted.length;
  return { name, ops, opsPerSecond: (ops / tally.elapsedMs) * 1000, p50: pick(0.5), p99: pick(0.99), cpuMicrosPerOp: tally.cpuMicros / ops };
}

/**
 * Runs the baseline and the candidate in alternating slices (A B B A A B B A …), so drift of a
 * shared machine and warm-up order weigh on both alike.
 */
export async function measurePair(names: [string, string], ops: number, concurrency: number, baseline: () => Promise<unknown>, candidate: () => Promise<unknown>): Promise<[BenchResult, BenchResult]> {
  const slices = 8;
  const a: Tally = { latencies: [], elapsedMs: 0, cpuMicros: 0 };
  const b: Tally = { latencies: [], elapsedMs: 0, cpuMicros: 0 };
  for (let slice = 0; slice < slices; slice += 1) {
    const order: [Tally, () => Promise<unknown>][] = slice % 2 === 0 ? [[a, baseline], [b, candidate]] : [[b, candidate], [a, baseline]];
    for (const [tally, op] of order) await runSlice(tally, Math.ceil(ops / slices), concurrency, op);
  }
  return [summarise(names[0], a), summarise(names[1], b)];
}

export function benchRow(r: BenchResult): string {
  return [r.name.padEnd(34), r.ops.toString().padStart(6), r.opsPerSecond.toFixed(0).padStart(8), r.p50.toFixed(2).padStart(8), r.p99.toFixed(2).padStart(8), r.cpuMicrosPerOp.toFixed(0).padStart(10)].join(" ");
}

export const benchHeader = `${"".padEnd(34)} ${"ops".padStart(6)} ${"ops/s".padStart(8)} ${"p50".padStart(8)} ${"p99".padStart(8)} ${"CPU µs/op".padStart(10)}`;

export function benchRatio(label: string, baseline: BenchResult, candidate: BenchResult): string {
  return (
    `ratio ${label}: ops/s ${(candidate.opsPerSecond / baseline.opsPerSecond).toFixed(2)}×, ` +
    `p50 ${(candidate.p50 / baseline.p50).toFixed(2)}×, p99 ${(candidate.p99 / baseline.p99).toFixed(2)}×, CPU/op ${(candidate.cpuMicrosPerOp / baseline.cpuMicrosPerOp).toFixed(2)}×`
  );
}
