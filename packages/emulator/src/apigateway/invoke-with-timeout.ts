import type { InvokeResult, LambdaInvoker } from "../lambda/invoker";

/**
 * Invokes through the runtime, but never waits past the gateway's own timeout and never throws:
 * a late runtime is an `IntegrationTimeout`, a rejected promise an `Unhandled` error.
 */
export function invokeWithTimeout(invoker: LambdaInvoker, functionName: string, event: unknown, timeoutMs: number): Promise<InvokeResult> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<InvokeResult>((resolve) => {
    timer = setTimeout(() => resolve({ ok: false, error: "IntegrationTimeout", message: "Endpoint request timed out", durationMs: timeoutMs }), timeoutMs);
  });
  const invocation = invoker
    .invoke(functionName, event, { integrationTimeoutMs: timeoutMs })
    .catch((error: unknown): InvokeResult => ({ ok: false, error: "Unhandled", message: error instanceof Error ? error.message : String(error), durationMs: 0 }));
  return Promise.race([invocation, timeout]).finally(() => clearTimeout(timer));
}
