/** The seam between the gateway and the Lambda runtime: the gateway only ever calls `invoke`. */
export interface InvokeOptions {
  /**
   * API Gateway's integration timeout, which the invoker keeps: by then the invocation has ended,
   * as `TooManyRequests` if it never got an execution environment, or `IntegrationTimeout` if it
   * was still running (the function itself may run on to its own timeout, as on AWS).
   */
  integrationTimeoutMs?: number;
}

/**
 * `requestId` is the invocation's `context.awsRequestId` (absent when no invocation ran, e.g. throttled).
 * `errorType` is Lambda's (`Error`, `TypeError`, `Runtime.ExitError`, `Runtime.HandlerNotFound`...) on `Unhandled`.
 * Mapping to HTTP is the gateway's job: Unhandled → 502, Timeout → 502, IntegrationTimeout → 504,
 * TooManyRequests → 500 (the Lambda API refused the invocation; see lambda/function-pool.ts).
 */
export type InvokeResult =
  | { ok: true; payload: unknown; durationMs: number; coldStart: boolean; requestId?: string }
  | {
      ok: false;
      error: "Unhandled" | "Timeout" | "IntegrationTimeout" | "TooManyRequests";
      message: string;
      durationMs: number;
      requestId?: string;
      errorType?: string;
    };

/**
 * An event already serialised as JSON text, passed to the function as is. Lambda receives every
 * event as JSON; a caller that builds the text itself (the gateway, for every proxy event) saves
 * the runtime a JSON.stringify of an object it would only build to serialise.
 */
export class EventJson {
  constructor(readonly json: string) {}
}

/** The JSON text of an event (throws, as JSON.stringify does, on cycles and BigInts). */
export function eventJsonOf(event: unknown): string {
  return event instanceof EventJson ? event.json : (JSON.stringify(event) ?? "null");
}

export interface LambdaInvoker {
  /** `event`: any JSON-serialisable value, or an `EventJson`. */
  invoke(functionName: string, event: unknown, options?: InvokeOptions): Promise<InvokeResult>;
  close(): Promise<void>;
}
