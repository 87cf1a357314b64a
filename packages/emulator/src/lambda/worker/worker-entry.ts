/**
 * Runs inside one worker thread: the stand-in for one Lambda execution environment. Loads the
 * function's bundle once (init), then runs one invocation at a time, keeping module state between
 * invocations like a warm Lambda. Bundled by the runtime with esbuild (see worker-script.ts).
 */
import { parentPort, workerData } from "node:worker_threads";
import { QueueConsumer } from "../invocation-queue";
import { decodeFrame, toLambdaError, type InvokeMessage, type WorkerBoot, type WorkerMessage } from "../worker-protocol";
import { createLambdaContext, type LambdaContext } from "./lambda-context";
import { installLambdaConsole } from "./lambda-console";

type Handler = (event: unknown, context: LambdaContext, callback?: (error: unknown, result?: unknown) => void) => unknown;

const port = parentPort;
if (!port) throw new Error("worker-entry must run in a worker thread");
const boot = workerData as WorkerBoot;
let currentRequestId: string | undefined;

function send(message: WorkerMessage): void {
  port!.postMessage(message);
}

async function loadHandler(): Promise<Handler | undefined> {
  try {
    const module = (await import(boot.bundleUrl)) as Record<string, unknown>;
    const handler = module[boot.handlerName];
    if (typeof handler === "function") return handler as Handler;
    send({
      kind: "init-error",
      error: { errorType: "Runtime.HandlerNotFound", errorMessage: `${boot.handlerLabel} is undefined or not exported`, trace: [] },
    });
  } catch (error) {
    send({ kind: "init-error", error: toLambdaError(error, "Runtime.ImportModuleError") });
  }
  return undefined;
}

/** Callback-style handlers (three parameters) settle through the callback; others by returning. */
function callHandler(handler: Handler, event: unknown, context: LambdaContext): unknown {
  if (handler.length < 3) return handler(event, context);
  return new Promise((resolve, reject) => {
    const returned = handler(event, context, (error, result) => (error ? reject(error) : resolve(result)));
    if (returned && typeof (returned as PromiseLike<unknown>).then === "function") (returned as PromiseLike<unknown>).then(resolve, reject);
  });
}

/** Runs one invocation and says how it ended (the result goes out once the watchdog stops watching). */
async function invoke(handler: Handler, message: InvokeMessage): Promise<WorkerMessage> {
  currentRequestId = message.requestId;
  try {
    const result = await callHandler(handler, JSON.parse(message.eventJson), createLambdaContext(boot, message));
    try {
      return { kind: "result", seq: message.seq, json: JSON.stringify(result) };
    } catch (error) {
      return { kind: "error", seq: message.seq, error: { ...toLambdaError(error), errorType: "Runtime.MarshalError" } };
    }
  } catch (error) {
    return { kind: "error", seq: message.seq, error: toLambdaError(error) };
  } finally {
    currentRequestId = undefined;
  }
}

/**
 * Takes the next invocation (sleeping while there is none), runs it, then lets the event loop take
 * one turn (pending I/O callbacks, the handler's leftover promises) before taking the next: frozen
 * while idle, as on Lambda. A retired worker asks to be ended.
 */
function serve(handler: Handler, queue: QueueConsumer): void {
  const claim = queue.take();
  if (!claim) {
    send({ kind: "retired" });
    return;
  }
  const frame = claim.text ?? queue.fetch(claim.seq, (seq) => send({ kind: "fetch", seq }), boot.frames);
  void invoke(handler, decodeFrame(claim.seq, frame, Date.now() + boot.timeoutMs)).then((outcome) => {
    queue.finished();
    send(outcome);
    setImmediate(serve, handler, queue);
  });
}

installLambdaConsole(() => currentRequestId);
const handler = await loadHandler();
if (handler) {
  send({ kind: "ready" });
  setImmediate(serve, handler, new QueueConsumer(boot.queue, boot.index));
}
