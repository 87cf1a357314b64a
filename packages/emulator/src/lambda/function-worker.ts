import { Worker, type MessagePort } from "node:worker_threads";
import { frameChannel, SLEEPING, type InvocationQueue } from "./invocation-queue";
import { EmfLineScanner } from "./output-lines";
import { toLambdaError, type FunctionIdentity, type LambdaErrorBody, type WorkerBoot, type WorkerMessage } from "./worker-protocol";
import { lambdaHeapLimits, workerExecArgv } from "./lambda-environment";
import { resultOutcome, type WorkerOutcome } from "./response-payload";

/** How one invocation on one worker ended. */
export type { WorkerOutcome };

/** A worker that could not initialise (import failed, handler missing, crash or timeout during init). */
export class InitFailure extends Error {
  override readonly name = "InitFailure";
  constructor(readonly error: LambdaErrorBody) {
    super(error.errorMessage);
  }
}

/** What the pool hears from a worker once it is up. */
export interface WorkerEvents {
  /** An invocation ended on the worker (the outcome's JSON still unparsed). */
  ended(worker: FunctionWorker, seq: number, outcome: WorkerOutcome): void;
  /** The worker took a frame kept on the main thread and waits for it. */
  fetch(worker: FunctionWorker, seq: number): void;
  /** The thread is gone (however it ended); `error` says why, for an invocation it was running. */
  gone(worker: FunctionWorker, error: LambdaErrorBody): void;
}

/** Lambda's init phase is limited to 10 s. */
const INIT_TIMEOUT_MS = 10_000;

/**
 * The main thread's handle on one worker thread (one execution environment, in slot `index` of its
 * function's invocation queue): started, asked to end, and exactly one `gone` however it ends.
 * Which invocation it runs is the queue's to say; the pool keeps the books.
 */
export class FunctionWorker {
  /** Whether it has ended an invocation yet: the first one it runs is the cold start. */
  served = false;
  private gone = false;
  private stopping = false;
  private lastError: LambdaErrorBody | undefined;
  private starting: { resolve: () => void; reject: (error: InitFailure) => void } | undefined;

  private constructor(
    private readonly thread: Worker,
    private readonly frames: MessagePort,
    private readonly queue: InvocationQueue,
    readonly index: number,
    readonly generation: number,
    private readonly events: WorkerEvents,
  ) {
    thread.on("message", (message: WorkerMessage) => this.onMessage(message));
    // An uncaught exception (e.g. thrown in a timer) kills the thread: 'error' comes, then 'exit'.
    thread.on("error", (error) => {
      this.lastError = (error as NodeJS.ErrnoException).code === "ERR_WORKER_OUT_OF_MEMORY" ? outOfMemory() : toLambdaError(error);
    });
    thread.on("exit", (code) => this.onExit(code));
  }

  static async start(
    script: URL,
    identity: FunctionIdentity,
    env: Record<string, string>,
    placement: { queue: InvocationQueue; index: number; generation: number; timeoutMs: number; memoryMb: number },
    events: WorkerEvents,
    /** Lines the function writes that hold EMF metrics; without it, stdout goes straight to this process's. */
    onEmfLine?: (line: string) => void,
  ): Promise<FunctionWorker> {
    const { queue, index, generation, timeoutMs, memoryMb } = placement;
    const frames = frameChannel();
    queue.resetWorker(index);
    const workerData: WorkerBoot = { ...identity, queue: queue.handles, index, frames: frames.worker, timeoutMs };
    // The function's memory size bounds its heap: past it the thread ends, as Lambda ends an environment.
    const resourceLimits = lambdaHeapLimits(memoryMb);
    const thread = new Worker(script, { workerData, transferList: [frames.worker], env, resourceLimits, execArgv: workerExecArgv(process.execArgv), stdout: onEmfLine !== undefined, stderr: false });
    if (onEmfLine) {
      // As CloudWatch reads a function's log stream: every line still goes to the log, EMF ones also become metrics.
      const scanner = new EmfLineScanner(onEmfLine);
      thread.stdout.on("data", (chunk: Buffer) => {
        process.stdout.write(chunk);
        scanner.push(chunk);
      });
    }
    const worker = new FunctionWorker(thread, frames.main, queue, index, generation, events);
    const timer = setTimeout(() => {
      worker.lastError = { errorType: "Runtime.InitTimeout", errorMessage: `Init phase exceeded ${INIT_TIMEOUT_MS / 1000} seconds`, trace: [] };
      void worker.terminate();
    }, INIT_TIMEOUT_MS);
    try {
      await new Promise<void>((resolve, reject) => (worker.starting = { resolve, reject }));
    } catch (error) {
      await worker.terminate();
      throw error;
    } finally {
      clearTimeout(timer);
    }
    return worker;
  }

  get alive(): boolean {
    return !this.gone && !this.stopping;
  }

  /** Hands over a frame the worker asked for (`fetch`). */
  deliver(frame: string): void {
    this.queue.deliver(this.index, this.frames, frame);
  }

  /** Takes no further invocation; ends now if asleep, else when its current invocation ends. */
  retire(): void {
    if (this.queue.retire(this.index) === SLEEPING) void this.terminate();
  }

  async terminate(): Promise<void> {
    if (this.gone) return;
    this.stopping = true;
    await this.thread.terminate();
  }

  private onMessage(message: WorkerMessage): void {
    switch (message.kind) {
      case "ready":
        this.starting?.resolve();
        this.starting = undefined;
        return;
      case "init-error":
        this.starting?.reject(new InitFailure(message.error));
        this.starting = undefined;
        return;
      case "result":
        this.events.ended(this, message.seq, resultOutcome(message.json));
        return;
      case "error":
        this.events.ended(this, message.seq, { kind: "error", error: message.error });
        return;
      case "fetch":
        this.events.fetch(this, message.seq);
        return;
      case "retired":
        void this.terminate();
        return;
    }
  }

  private onExit(code: number): void {
    this.gone = true;
    this.frames.close();
    const error = this.lastError ?? exitError(code);
    if (this.starting) {
      this.starting.reject(new InitFailure(error));
      this.starting = undefined;
      return;
    }
    this.events.gone(this, error);
  }
}

/** What Lambda reports when a function outgrows its memory: the kernel kills the runtime. */
function outOfMemory(): LambdaErrorBody {
  return { errorType: "Runtime.ExitError", errorMessage: "Runtime exited with error: signal: killed", trace: [] };
}

/** What Lambda reports when the runtime process exits during an invocation. */
function exitError(code: number): LambdaErrorBody {
  const errorMessage = code === 0 ? "Runtime exited without providing a reason" : `Runtime exited with error: exit status ${code}`;
  return { errorType: "Runtime.ExitError", errorMessage, trace: [] };
}
