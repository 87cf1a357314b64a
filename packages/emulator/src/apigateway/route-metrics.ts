/**
 * Per-route counters and latency percentiles for the metrics snapshot. Latencies go into a fixed
 * log-scale histogram (buckets ~10% wide from 0.1 ms to ~60 s): constant memory however long the
 * emulator runs, percentiles accurate to a bucket.
 */
export interface RouteMetricsSnapshot {
  /** `GET /v1/links/{code}`, or `(unmatched)` for requests that matched no method. */
  route: string;
  count: number;
  status4xx: number;
  status5xx: number;
  throttled: number;
  quotaExceeded: number;
  p50Ms: number;
  p99Ms: number;
}

export type MetricsSnapshot = RouteMetricsSnapshot[];

const MIN_MS = 0.1;
const GROWTH = 1.1;
const BUCKETS = 140; // 0.1 ms × 1.1^140 ≈ 63 s
const LOG_GROWTH = Math.log(GROWTH);

export class LatencyHistogram {
  private readonly counts = new Uint32Array(BUCKETS + 1);
  private total = 0;

  record(ms: number): void {
    const index = ms <= MIN_MS ? 0 : Math.min(BUCKETS, Math.ceil(Math.log(ms / MIN_MS) / LOG_GROWTH));
    this.counts[index] = (this.counts[index] ?? 0) + 1;
    this.total += 1;
  }

  /** Upper bound of the bucket holding the q-th quantile (0 when empty). */
  quantile(q: number): number {
    if (this.total === 0) return 0;
    const rank = Math.ceil(q * this.total);
    let seen = 0;
    for (let i = 0; i <= BUCKETS; i += 1) {
      seen += this.counts[i] ?? 0;
      if (seen >= rank) return Math.round(MIN_MS * GROWTH ** i * 100) / 100;
    }
    return Math.round(MIN_MS * GROWTH ** BUCKETS * 100) / 100;
  }
}

class RouteCounters {
  count = 0;
  status4xx = 0;
  status5xx = 0;
  throttled = 0;
  quotaExceeded = 0;
  readonly latency = new LatencyHistogram();
}

export class RouteMetrics {
  private readonly routes = new Map<string, RouteCounters>();

  record(route: string, status: number, latencyMs: number, errorType: string | undefined): void {
    let counters = this.routes.get(route);
    if (!counters) this.routes.set(route, (counters = new RouteCounters()));
    counters.count += 1;
    if (status >= 400 && status < 500) counters.status4xx += 1;
    else if (status >= 500) counters.status5xx += 1;
    if (errorType === "TooManyRequestsException") counters.throttled += 1;
    else if (errorType === "LimitExceededException") counters.quotaExceeded += 1;
    counters.latency.record(latencyMs);
  }

  snapshot(): MetricsSnapshot {
    return [...this.routes].map(([route, c]) => ({
      route,
      count: c.count,
      status4xx: c.status4xx,
      status5xx: c.status5xx,
      throttled: c.throttled,
      quotaExceeded: c.quotaExceeded,
      p50Ms: c.latency.quantile(0.5),
      p99Ms: c.latency.quantile(0.99),
    }));
  }
}
