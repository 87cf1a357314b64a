import type { DataPoint } from "./metric-model";

/** One invocation attempt of a function, as the Lambda runtime knows it when it ends. */
export interface LambdaInvocationOutcome {
  functionName: string;
  /** Refused for concurrency: no Invocation, Duration or Errors, only Throttles (as Lambda counts). */
  throttled?: boolean;
  durationMs?: number;
  /** The handler threw, timed out or its environment died. */
  error?: boolean;
  /** Environments busy while this one ran, itself included. */
  concurrentExecutions?: number;
  at?: number;
}

const NAMESPACE = "AWS/Lambda";

/**
 * The AWS/Lambda data points of one invocation, by FunctionName: Invocations (1), Errors (1 or 0),
 * Duration, Throttles (1 or 0) and ConcurrentExecutions (read with Maximum). A throttled attempt is
 * only Throttles 1, as Lambda's Invocations exclude throttled requests.
 */
export function lambdaDataPoints(outcome: LambdaInvocationOutcome): DataPoint[] {
  const dimensions = { FunctionName: outcome.functionName };
  const at = outcome.at;
  if (outcome.throttled) return [{ namespace: NAMESPACE, name: "Throttles", dimensions, value: 1, unit: "Count", at }];
  const points: DataPoint[] = [
    { namespace: NAMESPACE, name: "Invocations", dimensions, value: 1, unit: "Count", at },
    { namespace: NAMESPACE, name: "Errors", dimensions, value: outcome.error ? 1 : 0, unit: "Count", at },
    { namespace: NAMESPACE, name: "Throttles", dimensions, value: 0, unit: "Count", at },
  ];
  if (outcome.durationMs !== undefined) points.push({ namespace: NAMESPACE, name: "Duration", dimensions, value: outcome.durationMs, unit: "Milliseconds", at });
  if (outcome.concurrentExecutions !== undefined) {
    points.push({ namespace: NAMESPACE, name: "ConcurrentExecutions", dimensions, value: outcome.concurrentExecutions, unit: "Count", at });
  }
  return points;
}
