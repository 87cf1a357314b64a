import { FUNCTION_MEMORY_MB, FUNCTION_TIMEOUT_SECONDS } from "@linkgate/infra/mapping";
import { availableParallelism } from "node:os";

/**
 * How many execution environments (worker threads) each function may run at once on this machine:
 * two per core, so one can compute while another waits on DynamoDB Local. On AWS every concurrent
 * request gets an environment of its own (up to the account's 1,000); here they would all share these
 * cores, and each extra isolate only adds JIT warm-up, GC and switching. Measured with `npm run bench
 * -w @linkgate/local` on 2 cores, `GET /me` at 50 connections: 771 req/s with 10 environments (the
 * emulator's default), 992 with 6, 1,106 with 4. Requests beyond the limit wait for a free environment.
 */
export const LOCAL_FUNCTION_CONCURRENCY = 2 * availableParallelism();

/** What every function of the local stack runs with: infra/api.ts's memory and timeout, and the concurrency above. */
export const localFunctionSettings = {
  memoryMb: FUNCTION_MEMORY_MB,
  timeoutSeconds: FUNCTION_TIMEOUT_SECONDS,
  concurrency: LOCAL_FUNCTION_CONCURRENCY,
} as const;
