/** What every row of the bench reports, whatever generated the load. */
export interface LoadFigures {
  rps: number;
  p50: number;
  p99: number;
  requests: number;
  /** Non-2xx/3xx answers, timeouts and connection errors. */
  failures: number;
  /** CPU ms per request of the load generator itself, when it can say (the raw SDK loop does). */
  generatorCpuMs?: number;
}

/** From per-call latencies (ms) of one timed run. */
export function figuresOf(latencies: number[], failures: number, seconds: number): LoadFigures {
  const sorted = [...latencies].sort((a, b) => a - b);
  const at = (q: number) => Math.round(sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0);
  return { rps: latencies.length / seconds, p50: at(0.5), p99: at(0.99), requests: latencies.length, failures };
}
