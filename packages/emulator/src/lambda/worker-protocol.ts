import type { MessagePort } from "node:worker_threads";
import type { QueueHandles } from "./invocation-queue";

/**
 * Messages between the runtime (main thread) and one function worker. Events and results travel as
 * JSON text, because Lambda itself serialises both with JSON (Dates become strings, toJSON runs,
 * undefined drops out). Invocations go main → worker through the function's invocation queue as one
 * text frame; everything else worker → main by postMessage.
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
  queue: QueueHandles;
  /** This worker's slot in the queue's per-worker fields. */
  index: number;
  /** Where frames too large for the queue arrive (transferred). */
  frames: MessagePort;
  timeoutMs: number;
}

/** One invocation, as the worker runs it. */
export interface InvokeMessage {
  seq: number;
  requestId: string;
  /** Epoch ms when the function's timeout fires (drives `getRemainingTimeInMillis`). */
  deadlineMs: number;
  /** The event as JSON text. */
  eventJson: string;
}

/** A queue frame: `requestId json` (the id holds no space). */
export function encodeFrame(requestId: string, eventJson: string): string {
  return `${requestId} ${eventJson}`;
}

export function decodeFrame(seq: number, frame: string, deadlineMs: number): InvokeMessage {
  const space = frame.indexOf(" ");
  return { seq, requestId: frame.slice(0, space), deadlineMs, eventJson: frame.slice(space + 1) };
}

export interface LambdaErrorBody {
  errorType: string;
  errorMessage: string;
  trace: string[];
}

/** Worker → main. `fetch`: send me the frame kept on the main thread; `retired`: end me. */
export type WorkerMessage =
  | { kind: "ready" }
  | { kind: "init-error"; error: LambdaErrorBody }
  | { kind: "fetch"; seq: number }
  | { kind: "retired" }
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
