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

export interface LambdaInvoker {
  invoke(functionName: string, event: unknown, options?: InvokeOptions): Promise<InvokeResult>;
  close(): Promise<void>;
}
