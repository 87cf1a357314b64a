/** Per-function counters, as `stats()` reports them. */
export interface FunctionStats {
  /** Execution environments started (init phases), including ones whose init failed. */
  coldStarts: number;
  /** Invocations that reached a worker or failed in init (throttled ones are not invocations, as on Lambda). */
  invocations: number;
  /** Unhandled errors: thrown/rejected handlers, crashes, init and bundle failures. */
  errors: number;
  timeouts: number;
  /** Refused with TooManyRequests: the concurrency limit was reached and the wait ran out. */
  throttles: number;
  /** Workers alive now (idle or busy), and how many of them are idle. */
  liveWorkers: number;
  idleWorkers: number;
  /** Invocations waiting for a worker right now. */
  queued: number;
  /** Size of the current bundle (`.mjs`, without its source map); 0 before the first build. */
  bundleBytes: number;
  /** Duration of the last esbuild run for this function. */
  lastBundleMs: number;
  builds: number;
}

export type FunctionCounters = Pick<FunctionStats, "coldStarts" | "invocations" | "errors" | "timeouts" | "throttles">;

export function emptyCounters(): FunctionCounters {
  return { coldStarts: 0, invocations: 0, errors: 0, timeouts: 0, throttles: 0 };
}
