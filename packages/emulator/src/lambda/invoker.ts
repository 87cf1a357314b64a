/** The seam between the gateway and the Lambda runtime: the gateway only ever calls `invoke`. */
export interface InvokeOptions {
  /** API Gateway's own integration timeout; the function's timeout is enforced by the runtime. */
  integrationTimeoutMs?: number;
}

export type InvokeResult =
  | { ok: true; payload: unknown; durationMs: number; coldStart: boolean }
  | { ok: false; error: "Unhandled" | "Timeout" | "IntegrationTimeout" | "TooManyRequests"; message: string; durationMs: number };

export interface LambdaInvoker {
  invoke(functionName: string, event: unknown, options?: InvokeOptions): Promise<InvokeResult>;
  close(): Promise<void>;
}
