import { Worker } from "node:worker_threads";
import { ChannelSender } from "./invocation-channel";
import { eventJsonOf } from "./invoker";
import { encodeInvocation, toLambdaError, type FunctionIdentity, type LambdaErrorBody, type WorkerBoot, type WorkerMessage } from "./worker-protocol";

/** How one invocation on one worker ended. */
export type WorkerOutcome = { kind: "ok"; payload: unknown } | { kind: "error"; error: LambdaErrorBody } | { kind: "timeout" };

/** A worker that could not initialise (import failed, handler missing, crash or timeout during init). */
export class InitFailure extends Error {
  override readonly name = "InitFailure";
  constructor(readonly error: LambdaErrorBody) {
    super(error.errorMessage);
  }
}

/** Lambda's init phase is limited to 10 s. */
const INIT_TIMEOUT_MS = 10_000;

interface Pending {
  seq: number;
  resolve: (outcome: WorkerOutcome) => void;
  timer: NodeJS.Timeout;
}

/**
 * The main thread's handle on one worker thread (one execution environment): one invocation at a
 * time, a hard kill on timeout, and exactly one `onGone` call however the thread ends.
 */
export class FunctionWorker {
  idleSince = 0;
  private pending: Pending | undefined;
  private seq = 0;
  private gone = false;
  private stopping = false;
  private lastError: LambdaErrorBody | undefined;
  private starting: { resolve: () => void; reject: (error: InitFailure) => void } | undefined;

  private constructor(
    private readonly thread: Worker,
    private readonly channel: ChannelSender,
    readonly generation: number,
    private readonly onGone: (worker: FunctionWorker) => void,
  ) {
    thread.on("message", (message: WorkerMessage) => this.onMessage(message));
    // An uncaught exception (e.g. thrown in a timer) kills the thread: 'error' comes, then 'exit'.
    thread.on("error", (error) => {
      this.lastError = toLambdaError(error);
    });
    thread.on("exit", (code) => this.onExit(code));
  }

  static async start(
    script: URL,
    boot: FunctionIdentity,
    env: Record<string, string>,
    generation: number,
    onGone: (worker: FunctionWorker) => void,
  ): Promise<FunctionWorker> {
    const channel = new ChannelSender();
    const workerData: WorkerBoot = { ...boot, channel: channel.handles };
    const thread = new Worker(script, { workerData, transferList: [channel.handles.overflow], env, execArgv: ["--enable-source-maps"], stdout: false, stderr: false });
    const worker = new FunctionWorker(thread, channel, generation, onGone);
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

  invoke(requestId: string, event: unknown, timeoutMs: number): Promise<WorkerOutcome> {
    let eventJson: string;
    try {
      eventJson = eventJsonOf(event);
    } catch (error) {
      // Not JSON (a cycle, a BigInt): Lambda could not take such a payload either.
      return Promise.resolve({ kind: "error", error: { ...toLambdaError(error), errorType: "Runtime.MarshalError" } });
    }
    const seq = ++this.seq;
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.settle({ kind: "timeout" });
        void this.terminate();
      }, timeoutMs);
      this.pending = { seq, resolve, timer };
      this.channel.send(encodeInvocation({ seq, requestId, deadlineMs: Date.now() + timeoutMs, eventJson }));
    });
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
        if (message.seq === this.pending?.seq) this.settle({ kind: "ok", payload: message.json === undefined ? null : JSON.parse(message.json) });
        return;
      case "error":
        if (message.seq === this.pending?.seq) this.settle({ kind: "error", error: message.error });
        return;
    }
  }

  private settle(outcome: WorkerOutcome): void {
    const pending = this.pending;
    if (!pending) return;
    this.pending = undefined;
    clearTimeout(pending.timer);
    pending.resolve(outcome);
  }

  private onExit(code: number): void {
    this.gone = true;
    this.channel.close();
    const error = this.lastError ?? exitError(code);
    this.starting?.reject(new InitFailure(error));
    this.starting = undefined;
    this.settle({ kind: "error", error });
    this.onGone(this);
  }
}

/** What Lambda reports when the runtime process exits during an invocation. */
function exitError(code: number): LambdaErrorBody {
  const errorMessage = code === 0 ? "Runtime exited without providing a reason" : `Runtime exited with error: exit status ${code}`;
  return { errorType: "Runtime.ExitError", errorMessage, trace: [] };
}
