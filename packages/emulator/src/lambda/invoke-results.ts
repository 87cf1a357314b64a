import { performance } from "node:perf_hooks";
import { BundleError } from "./errors";
import { InitFailure } from "./function-worker";
import type { InvokeResult } from "./invoker";
import { toLambdaError, type LambdaErrorBody } from "./worker-protocol";

/** Builders for the failure results of `invoke`; durations run from when the invocation arrived. */

export function initErrorOf(error: unknown): LambdaErrorBody {
  if (error instanceof InitFailure) return error.error;
  if (error instanceof BundleError) return { errorType: "Runtime.BundleError", errorMessage: error.message, trace: error.errors };
  return toLambdaError(error, "Runtime.Unknown");
}

/** The Lambda API's TooManyRequestsException message. */
export function tooManyRequests(startedAt: number): InvokeResult {
  return failure("TooManyRequests", "Rate Exceeded.", startedAt, undefined);
}

export function failure(
  error: "Unhandled" | "Timeout" | "IntegrationTimeout" | "TooManyRequests",
  message: string,
  startedAt: number,
  requestId: string | undefined,
): Extract<InvokeResult, { ok: false }> {
  return { ok: false, error, message, durationMs: performance.now() - startedAt, ...(requestId ? { requestId } : {}) };
}
