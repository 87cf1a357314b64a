/**
 * Messages between the runtime (main thread) and one function worker. Kept small on purpose: the
 * event travels by structured clone; only the handler's result is JSON text, because Lambda itself
 * serialises results with JSON.stringify (Dates become strings, toJSON runs, undefined drops out).
 */

/** What a worker is started with (`workerData`). */
export interface WorkerBoot {
  bundleUrl: string;
  handlerName: string;
  /** `file.export`, as Lambda's `_HANDLER` shows it; used in HandlerNotFound messages. */
  handlerLabel: string;
  functionName: string;
  functionVersion: string;
  invokedFunctionArn: string;
  memoryLimitInMB: string;
  logGroupName: string;
  logStreamName: string;
}

/** Main → worker: run one invocation. */
export interface InvokeMessage {
  seq: number;
  requestId: string;
  /** Epoch ms when the function's timeout fires (drives `getRemainingTimeInMillis`). */
  deadlineMs: number;
  event: unknown;
}

export interface LambdaErrorBody {
  errorType: string;
  errorMessage: string;
  trace: string[];
}

/** Worker → main. */
export type WorkerMessage =
  | { kind: "ready" }
  | { kind: "init-error"; error: LambdaErrorBody }
  | { kind: "result"; seq: number; json: string | undefined }
  | { kind: "error"; seq: number; error: LambdaErrorBody };

/** Lambda's shape for a thrown value: `{ errorType, errorMessage, trace }`. */
export function toLambdaError(thrown: unknown, fallbackType = "Error"): LambdaErrorBody {
  if (thrown instanceof Error) {
    return {
      errorType: thrown.name || fallbackType,
      errorMessage: thrown.message,
      trace: (thrown.stack ?? "").split("\n"),
    };
  }
  // Lambda reports non-Error throws (strings, objects) with the value as message.
  const message = typeof thrown === "string" ? thrown : safeStringify(thrown);
  return { errorType: typeof thrown === "string" ? "string" : fallbackType, errorMessage: message, trace: [] };
}

function safeStringify(value: unknown): string {
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}
