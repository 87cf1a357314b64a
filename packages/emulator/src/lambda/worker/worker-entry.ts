/**
 * Runs inside one worker thread: the stand-in for one Lambda execution environment. Loads the
 * function's bundle once (init), then runs one invocation at a time, keeping module state between
 * invocations like a warm Lambda. Bundled by the runtime with esbuild (see worker-script.ts).
 */
import { parentPort, workerData } from "node:worker_threads";
import { ChannelReceiver } from "../invocation-channel";
import { decodeInvocation, toLambdaError, type InvokeMessage, type WorkerBoot, type WorkerMessage } from "../worker-protocol";
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

async function invoke(handler: Handler, message: InvokeMessage): Promise<void> {
  currentRequestId = message.requestId;
  try {
    const result = await callHandler(handler, JSON.parse(message.eventJson), createLambdaContext(boot, message));
    let json: string | undefined;
    try {
      json = JSON.stringify(result);
    } catch (error) {
      send({ kind: "error", seq: message.seq, error: { ...toLambdaError(error), errorType: "Runtime.MarshalError" } });
      return;
    }
    send({ kind: "result", seq: message.seq, json });
  } catch (error) {
    send({ kind: "error", seq: message.seq, error: toLambdaError(error) });
  } finally {
    currentRequestId = undefined;
  }
}

/**
 * Sleeps until the next invocation, runs it, then lets the event loop take one turn (pending I/O
 * callbacks, the handler's leftover promises) before sleeping again: frozen while idle, as on Lambda.
 */
function serve(handler: Handler, channel: ChannelReceiver): void {
  const message = decodeInvocation(channel.take());
  void invoke(handler, message).then(() => setImmediate(serve, handler, channel));
}

installLambdaConsole(() => currentRequestId);
const handler = await loadHandler();
if (handler) {
  send({ kind: "ready" });
  setImmediate(serve, handler, new ChannelReceiver(boot.channel));
}
