import { randomUUID } from "node:crypto";
import { performance } from "node:perf_hooks";
import type { FunctionDefinition } from "./function-definition";
import type { ColdStartGate } from "./cold-start-gate";
import type { FunctionBuild } from "./function-build";
import { emptyCounters, type FunctionCounters } from "./function-stats";
import { FunctionWorker, InitFailure, type WorkerEvents, type WorkerOutcome } from "./function-worker";
import { DeadlineTimer } from "./deadline-timer";
import { InvocationQueue, SLEEPING } from "./invocation-queue";
import { PendingFrames, type Frame } from "./pending-frames";
import { failure, initErrorOf, tooManyRequests } from "./invoke-results";
import { eventJsonOf, type InvokeOptions, type InvokeResult } from "./invoker";
import { DEFAULT_TIMEOUT_SECONDS, workerBoot, workerEnvironment, type AccountSettings } from "./lambda-environment";
import type { RuntimeLogger } from "./runtime-log";
import { encodeFrame, toLambdaError, type LambdaErrorBody } from "./worker-protocol";
import { WorkerSlots } from "./worker-slots";

export const DEFAULT_CONCURRENCY = 10;
/** How long a queued invocation may wait when the caller gives no integration timeout (API Gateway's maximum). */
export const DEFAULT_MAX_QUEUE_WAIT_MS = 29_000;
/** Room for the frames of ordinary API events; larger ones (big bodies) wait on the main thread. */
const SLOT_BYTES = 8 * 1024;
/** How often waiting invocations are checked for a stall (no frame taken since the last look). */
const STALL_CHECK_MS = 1;

export interface PoolSettings {
  account: AccountSettings;
  inheritedEnv: Record<string, string>;
  workerScript: () => Promise<URL>;
  logger: RuntimeLogger;
  /** false: refuse at once when every worker is busy, as the Lambda API does (no queue). */
  queueWhenBusy: boolean;
  /** Shared by every pool: how many workers may initialise at once. */
  coldStarts: ColdStartGate;
  /** Where each invocation's AWS/Lambda metrics and the function's EMF lines go, if anywhere. */
  metrics?: LambdaMetricsSink;
}

/** The part of the CloudWatch recorder the Lambda runtime uses. */
export interface LambdaMetricsSink {
  lambdaInvocation(outcome: { functionName: string; throttled?: boolean; durationMs?: number; error?: boolean; concurrentExecutions?: number }): void;
  logLine(line: string): number;
}

/**
 * One invocation from arrival until it ends on a worker (or is withdrawn before it starts). Its frame
 * is kept until it ends: a frame too large for a queue slot is fetched from here.
 */
interface Invocation extends Frame {
  requestId: string;
  /** When it arrived (performance.now()): durations run from here. */
  arrivedAt: number;
  /** The caller has its answer already (integration timeout) while the function runs on. */
  answered: boolean;
  timer: NodeJS.Timeout | undefined;
  resolve: (result: InvokeResult) => void;
}

/**
 * The execution environments of one function. Invocations go into the function's invocation queue,
 * which any free worker takes from, oldest first. Workers start (cold) while none is running to take
 * what waits, and one more is woken or started whenever the queue stalls for `STALL_CHECK_MS` (every
 * worker busy), up to `concurrency`: a stream of quick invocations is served by the few warm workers
 * two cores can run, while slow or I/O-bound ones scale out as on Lambda.
 *
 * Lambda itself does not queue synchronous invocations: at its concurrency limit it refuses at once
 * with 429 TooManyRequestsException, and API Gateway then answers **500** `{"message": "Internal
 * server error"}` ("If the Lambda API rejects the invocation request, API Gateway returns a 500",
 * Lambda developer guide, services-apigateway-errors). Locally an invocation waits for a worker, and
 * is refused with `TooManyRequests` only if none takes it before the integration timeout passes
 * (`queueWhenBusy: false` restores Lambda's refuse-at-once).
 */
export class FunctionPool {
  readonly counters: FunctionCounters = emptyCounters();
  private queueInstance: InvocationQueue | undefined;
  private readonly workers: WorkerSlots;
  /** Starts in flight (each holds a reserved index). */
  private starting = 0;
  private readonly starts = new Set<Promise<FunctionWorker>>();
  /** Arrival order; every invocation not ended yet. */
  private readonly invocations = new Map<number, Invocation>();
  private readonly pending = new PendingFrames<Invocation>(() => this.queue);
  private seq = 0;
  private closed = false;
  private stallTimer: NodeJS.Timeout | undefined;
  private wakeUp: NodeJS.Immediate | undefined;
  /** The queue's head at the last stall check: it moves whenever a worker takes a frame. */
  private headAtLastCheck = 0;
  /** Function timeouts of every running invocation, on one timer. */
  private readonly watchdog = new DeadlineTimer(() => this.checkTimeouts());
  /** The function's EMF lines, to its metrics sink (undefined without one: stdout then goes straight through). */
  private readonly emfLine: ((line: string) => void) | undefined;
  private readonly timeoutMs: number;
  private readonly concurrency: number;
  private readonly events: WorkerEvents = {
    ended: (worker, seq, outcome) => this.ended(worker, seq, outcome),
    // A worker blocks until it gets the frame it asked for; if the invocation has ended meanwhile
    // (the runtime is closing), it gets a null event rather than waiting forever.
    fetch: (worker, seq) => worker.deliver(this.invocations.get(seq)?.frame ?? encodeFrame(randomUUID(), "null")),
    gone: (worker, error) => this.gone(worker, error),
  };

  constructor(
    readonly name: string,
    private readonly definition: FunctionDefinition,
    private readonly build: FunctionBuild,
    private readonly settings: PoolSettings,
  ) {
    this.timeoutMs = (definition.timeoutSeconds ?? DEFAULT_TIMEOUT_SECONDS) * 1000;
    this.concurrency = Math.max(1, definition.concurrency ?? DEFAULT_CONCURRENCY);
    this.workers = new WorkerSlots(this.concurrency, () => this.queue);
    const metrics = settings.metrics;
    this.emfLine = metrics ? (line) => void metrics.logLine(line) : undefined;
  }

  get liveWorkers(): number {
    return this.workers.live;
  }
  get idleWorkers(): number {
    return this.workers.idle;
  }
  /** Invocations waiting for a worker to free up (not counting those a starting worker will take). */
  get queued(): number {
    return this.queueInstance ? Math.max(0, this.pending.waiting - this.starting) : 0;
  }

  invoke(event: unknown, options: InvokeOptions = {}): Promise<InvokeResult> {
    const metrics = this.settings.metrics;
    if (!metrics) return this.run(event, options);
    // Environments busy once this one starts, itself included (Lambda's ConcurrentExecutions, read with Maximum).
    const concurrentExecutions = Math.min(this.invocations.size + 1, this.concurrency);
    return this.run(event, options).then((result) => {
      const throttled = !result.ok && result.error === "TooManyRequests";
      // The gateway giving up (IntegrationTimeout) is not the function's error: it runs on.
      const error = !result.ok && (result.error === "Unhandled" || result.error === "Timeout");
      metrics.lambdaInvocation({ functionName: this.name, throttled, durationMs: result.durationMs, error, concurrentExecutions });
      return result;
    });
  }


  private run(event: unknown, options: InvokeOptions): Promise<InvokeResult> {
    const arrivedAt = performance.now();
    let eventJson: string;
    try {
      eventJson = eventJsonOf(event);
    } catch (error) {
      // Not JSON (a cycle, a BigInt): Lambda could not take such a payload either.
      this.counters.invocations++;
      return Promise.resolve(this.unhandled({ ...toLambdaError(error), errorType: "Runtime.MarshalError" }, arrivedAt, randomUUID(), "Invoke Error"));
    }
    if (this.closed || (!this.settings.queueWhenBusy && this.invocations.size >= this.concurrency)) {
      this.counters.throttles++;
      return Promise.resolve(tooManyRequests(arrivedAt));
    }
    const seq = ++this.seq;
    const requestId = randomUUID();
    const invocation: Invocation = { seq, requestId, arrivedAt, frame: encodeFrame(requestId, eventJson), slot: -1, answered: false, timer: undefined, resolve: () => {} };
    const answer = new Promise<InvokeResult>((resolve) => (invocation.resolve = resolve));
    this.invocations.set(seq, invocation);
    invocation.timer = setTimeout(this.onIntegrationTimeout, options.integrationTimeoutMs ?? DEFAULT_MAX_QUEUE_WAIT_MS, invocation, options.integrationTimeoutMs);
    this.pending.add(invocation);
    this.watchdog.arm(Date.now() + this.timeoutMs);
    this.schedule();
    return answer;
  }

  /** Starts one worker if none is alive (bundling first if needed). */
  async warm(): Promise<void> {
    if (this.liveWorkers > 0 || this.starting > 0) return;
    // Started ahead of traffic: no invocation waits for this init, so none is a cold start.
    (await this.startWorker()).served = true;
  }

  /** New code is out (dev mode): idle workers go now, busy ones when their invocation ends. */
  retireStaleWorkers(): void {
    for (const worker of this.workers.all()) worker.retire();
    this.schedule();
  }

  reapIdle(olderThanMs: number, now = Date.now()): void {
    for (const worker of this.workers.all()) {
      if (this.queue.workerState(worker.index) === SLEEPING && now - this.queue.sleepingSince(worker.index) >= olderThanMs) worker.retire();
    }
  }

  async close(): Promise<void> {
    this.closed = true;
    clearTimeout(this.stallTimer);
    clearImmediate(this.wakeUp);
    this.watchdog.cancel();
    for (const invocation of [...this.invocations.values()]) this.finish(invocation, failure("Unhandled", "The Lambda runtime was closed", invocation.arrivedAt, invocation.requestId));
    this.pending.clear();
    await Promise.allSettled([...this.starts]);
    await Promise.all(this.workers.all().map((worker) => worker.terminate()));
  }

  /** Created on first use: most functions of a big stack are never called in a session. */
  private get queue(): InvocationQueue {
    return (this.queueInstance ??= new InvocationQueue(2 * this.concurrency, SLOT_BYTES, this.concurrency));
  }

  /**
   * Makes sure what waits will be taken: when no worker is awake to take it, a sleeping one is woken
   * on the next turn of the event loop (waking a thread costs more than anything else here, and
   * every request read in one turn can share one wake-up), or workers start now if none sleeps.
   * Otherwise more join only on a stall.
   */
  private schedule(): void {
    if (this.closed || !this.queueInstance || !this.pending.mayBeWaiting()) return;
    if (!this.wakeUp && !this.workers.anyAwake()) {
      if (this.workers.anySleeping()) this.wakeUp = setImmediate(this.wakeIfNoneServing);
      else this.addWorkers(true);
    }
    if (!this.stallTimer) {
      this.headAtLastCheck = this.queue.head;
      this.stallTimer = setTimeout(this.checkStall, STALL_CHECK_MS);
    }
  }

  private readonly wakeIfNoneServing = (): void => {
    this.wakeUp = undefined;
    if (!this.closed && this.pending.mayBeWaiting() && !this.workers.anyAwake()) this.addWorkers(true);
  };

  private readonly checkStall = (): void => {
    this.stallTimer = undefined;
    if (this.closed) return;
    this.pending.refill();
    if (!this.pending.mayBeWaiting()) return;
    // Nothing taken since the last check, and every awake worker is running an invocation (none is
    // just waking up or between two): they are all busy. One more joins.
    if (this.queue.head === this.headAtLastCheck && !this.workers.anyAwakeAndFree()) this.addWorkers(false);
    this.schedule();
  };

  /** Wakes a sleeping worker, else starts workers: one, or (`forAll`) one per waiting invocation. */
  private addWorkers(forAll: boolean): void {
    if (this.pending.waiting <= this.starting) return;
    if (this.workers.wakeOne()) return;
    while (this.pending.waiting > this.starting && this.canStart()) {
      void this.startWorker().catch(() => {});
      if (!forAll) return;
    }
  }

  private canStart(): boolean {
    return !this.closed && this.workers.occupied < this.concurrency && this.starting < this.settings.coldStarts.size;
  }

  private startWorker(): Promise<FunctionWorker> {
    const index = this.workers.reserve();
    this.starting++;
    const start = this.spawn(index);
    this.starts.add(start);
    start.then(
      (worker) => {
        this.workers.place(worker);
        if (worker.generation !== this.build.currentGeneration) worker.retire();
        else this.queue.admit(index);
      },
      (error: unknown) => this.failOldestWaiting(error),
    );
    void start.finally(() => {
      this.starts.delete(start);
      this.workers.unreserve(index);
      this.starting--;
      this.schedule();
    }).catch(() => {});
    return start;
  }

  private async spawn(index: number): Promise<FunctionWorker> {
    const [script, { bundle, generation }] = await Promise.all([this.settings.workerScript(), this.build.current()]);
    this.counters.coldStarts++;
    const identity = workerBoot(this.name, this.definition, bundle, this.settings.account);
    const env = workerEnvironment(identity, this.definition, bundle, this.settings.account, this.settings.inheritedEnv);
    const placement = { queue: this.queue, index, generation, timeoutMs: this.timeoutMs, memoryMb: Number(identity.memoryLimitInMB) };
    const worker = await this.settings.coldStarts.run(() => FunctionWorker.start(script, identity, env, placement, this.events, this.emfLine));
    if (this.closed || !worker.alive) {
      await worker.terminate();
      throw new InitFailure({ errorType: "Runtime.ExitError", errorMessage: "Runtime exited during init", trace: [] });
    }
    return worker;
  }

  /** A start failed (bundle, init): the invocation waiting longest fails with that error, as on Lambda. */
  private failOldestWaiting(error: unknown): void {
    const oldest = this.pending.oldest();
    const invocation = oldest === undefined ? undefined : this.invocations.get(oldest);
    if (!invocation || !this.pending.withdraw(invocation)) return;
    this.counters.invocations++;
    this.finish(invocation, this.unhandled(initErrorOf(error), invocation.arrivedAt, invocation.requestId, "Init Error"));
  }

  private readonly onIntegrationTimeout = (invocation: Invocation, limitMs: number | undefined): void => {
    invocation.timer = undefined;
    if (!this.invocations.has(invocation.seq)) return;
    if (this.pending.withdraw(invocation)) {
      // The refusal is counted here; a refused invocation is not an invocation, as on Lambda.
      this.counters.throttles++;
      this.finish(invocation, tooManyRequests(invocation.arrivedAt));
    } else if (limitMs !== undefined && !invocation.answered) {
      invocation.answered = true;
      invocation.resolve(failure("IntegrationTimeout", `Integration timed out after ${limitMs} ms`, invocation.arrivedAt, invocation.requestId));
    }
  };

  private ended(worker: FunctionWorker, seq: number, outcome: WorkerOutcome): void {
    const coldStart = !worker.served;
    worker.served = true;
    const invocation = this.invocations.get(seq);
    if (invocation) {
      this.counters.invocations++;
      const { arrivedAt, requestId } = invocation;
      if (outcome.kind === "ok") this.finish(invocation, { ok: true, payload: outcome.payload, durationMs: performance.now() - arrivedAt, coldStart, requestId });
      else this.finish(invocation, this.unhandled(outcome.error, arrivedAt, requestId, "Invoke Error"));
    }
    this.pending.refill();
    this.schedule();
  }

  private gone(worker: FunctionWorker, error: LambdaErrorBody): void {
    this.workers.remove(worker);
    const invocation = this.invocations.get(this.queue.running(worker.index).seq);
    if (invocation) {
      this.counters.invocations++;
      this.finish(invocation, this.unhandled(error, invocation.arrivedAt, invocation.requestId, "Invoke Error"));
    }
    this.schedule();
  }

  private finish(invocation: Invocation, result: InvokeResult): void {
    clearTimeout(invocation.timer);
    this.invocations.delete(invocation.seq);
    if (!invocation.answered) invocation.resolve(result);
  }

  private checkTimeouts(): void {
    if (this.closed) return;
    const now = Date.now();
    for (const worker of this.workers.all()) {
      if (!worker.alive) continue;
      const { seq, startedAt } = this.queue.running(worker.index);
      const invocation = this.invocations.get(seq);
      if (!invocation) continue;
      if (now - startedAt >= this.timeoutMs) this.timeOut(worker, invocation);
      else this.watchdog.arm(startedAt + this.timeoutMs);
    }
    // Whatever has not started yet cannot time out before a full timeout from now.
    if (this.invocations.size > 0) this.watchdog.arm(now + this.timeoutMs);
  }

  private timeOut(worker: FunctionWorker, invocation: Invocation): void {
    this.counters.invocations++;
    this.counters.timeouts++;
    const message = `Task timed out after ${(this.timeoutMs / 1000).toFixed(2)} seconds`;
    this.settings.logger({ level: "ERROR", message, functionName: this.name, requestId: invocation.requestId });
    this.finish(invocation, failure("Timeout", message, invocation.arrivedAt, invocation.requestId));
    void worker.terminate();
  }

  private unhandled(error: LambdaErrorBody, arrivedAt: number, requestId: string, phase: string): InvokeResult {
    this.counters.errors++;
    this.settings.logger({
      level: "ERROR",
      message: phase,
      functionName: this.name,
      requestId,
      errorType: error.errorType,
      errorMessage: error.errorMessage,
      stack: error.trace,
    });
    return { ...failure("Unhandled", error.errorMessage, arrivedAt, requestId), errorType: error.errorType };
  }
}
