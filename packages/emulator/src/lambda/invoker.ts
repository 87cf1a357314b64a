/** The seam between the gateway and the Lambda runtime: the gateway only ever calls `invoke`. */
export interface InvokeOptions {
  /** API Gateway's own integration timeout; the function's timeout is enforced by the runtime. */
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
 * event as JSON; a caller that builds the text itself (the gateway, on every request) saves the
 * runtime a JSON.stringify of an object it would only build to serialise.
 */
export class EventJson {
  constructor(readonly json: string) {}
}

/** The JSON text of an event (throws, as JSON.stringify does, on cycles and BigInts). */
export function eventJsonOf(event: unknown): string {
  return event instanceof EventJson ? event.json : (JSON.stringify(event) ?? "null");
}

/** The event as the function sees it (for in-process stand-ins of the runtime). */
export function eventValueOf(event: unknown): unknown {
  return JSON.parse(eventJsonOf(event));
}

export interface LambdaInvoker {
  /**
   * True when the invoker itself ends every invocation by `integrationTimeoutMs` (IntegrationTimeout,
   * or TooManyRequests while still waiting for a worker): the gateway then keeps no timer of its own.
   */
  readonly enforcesIntegrationTimeout?: boolean;
  /** `event`: any JSON-serialisable value, or an `EventJson`. */
  invoke(functionName: string, event: unknown, options?: InvokeOptions): Promise<InvokeResult>;
  close(): Promise<void>;
}
