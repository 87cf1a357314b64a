import type { InvokeResult, LambdaInvoker } from "../lambda/invoker";

/**
 * Invokes a function for the gateway and never throws: a rejected promise is an `Unhandled` error.
 * The integration timeout is the invoker's to keep (see `InvokeOptions`), because only the runtime
 * knows whether a late invocation never got a worker (500) or was still running (504).
 */
export function invokeSafely(invoker: LambdaInvoker, functionName: string, event: unknown, integrationTimeoutMs: number): Promise<InvokeResult> {
  return invoker.invoke(functionName, event, { integrationTimeoutMs }).catch(unhandled);
}

const unhandled = (error: unknown): InvokeResult => ({ ok: false, error: "Unhandled", message: error instanceof Error ? error.message : String(error), durationMs: 0 });
