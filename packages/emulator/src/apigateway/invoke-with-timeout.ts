import type { InvokeResult, LambdaInvoker } from "../lambda/invoker";

/**
 * Invokes through the runtime, but never waits past the gateway's own timeout and never throws:
 * a late runtime is an `IntegrationTimeout`, a rejected promise an `Unhandled` error.
 * (One promise and one timer per call: this is on every request's path.)
 */
export function invokeWithTimeout(invoker: LambdaInvoker, functionName: string, event: unknown, timeoutMs: number): Promise<InvokeResult> {
  // The runtime keeps the limit itself, and tells a still-queued invocation (500) from a late one (504).
  if (invoker.enforcesIntegrationTimeout) return invoker.invoke(functionName, event, { integrationTimeoutMs: timeoutMs }).catch(unhandled);
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve({ ok: false, error: "IntegrationTimeout", message: "Endpoint request timed out", durationMs: timeoutMs }), timeoutMs);
    invoker.invoke(functionName, event, { integrationTimeoutMs: timeoutMs }).then(
      (result) => {
        clearTimeout(timer);
        resolve(result);
      },
      (error: unknown) => {
        clearTimeout(timer);
        resolve(unhandled(error));
      },
    );
  });
}

const unhandled = (error: unknown): InvokeResult => ({ ok: false, error: "Unhandled", message: error instanceof Error ? error.message : String(error), durationMs: 0 });
