import type { ChannelHandles } from "./invocation-channel";

/**
 * Messages between the runtime (main thread) and one function worker. Events and results travel as
 * JSON text, because Lambda itself serialises both with JSON (Dates become strings, toJSON runs,
 * undefined drops out). Invocations go main → worker through the invocation channel as one text
 * frame; everything else worker → main by postMessage.
 */

/** Which function a worker runs, and the names Lambda gives it (context, environment). */
export interface FunctionIdentity {
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

/** What a worker is started with (`workerData`). */
export interface WorkerBoot extends FunctionIdentity {
  channel: ChannelHandles;
}

/** Main → worker: run one invocation. */
export interface InvokeMessage {
  seq: number;
  requestId: string;
  /** Epoch ms when the function's timeout fires (drives `getRemainingTimeInMillis`). */
  deadlineMs: number;
  /** The event as JSON text. */
  eventJson: string;
}

/** `seq requestId deadlineMs json`: the three fields hold no spaces, the JSON comes last. */
export function encodeInvocation(message: InvokeMessage): string {
  return `${message.seq} ${message.requestId} ${message.deadlineMs} ${message.eventJson}`;
}

export function decodeInvocation(frame: string): InvokeMessage {
  const first = frame.indexOf(" ");
  const second = frame.indexOf(" ", first + 1);
  const third = frame.indexOf(" ", second + 1);
  return {
    seq: Number(frame.slice(0, first)),
    requestId: frame.slice(first + 1, second),
    deadlineMs: Number(frame.slice(second + 1, third)),
    eventJson: frame.slice(third + 1),
  };
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
