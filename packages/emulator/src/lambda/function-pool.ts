import { randomUUID } from "node:crypto";
import { performance } from "node:perf_hooks";
import type { FunctionDefinition } from "../apigateway/definition";
import type { ColdStartGate } from "./cold-start-gate";
import type { FunctionBuild } from "./function-build";
import { emptyCounters, type FunctionCounters } from "./function-stats";
import { FunctionWorker, InitFailure, type WorkerOutcome } from "./function-worker";
import { failure, initErrorOf, tooManyRequests } from "./invoke-results";
import type { InvokeOptions, InvokeResult } from "./invoker";
import { DEFAULT_TIMEOUT_SECONDS, workerBoot, workerEnvironment, type AccountSettings } from "./lambda-environment";
import type { RuntimeLogger } from "./runtime-log";
import type { LambdaErrorBody } from "./worker-protocol";

export const DEFAULT_CONCURRENCY = 10;
/** How long a queued invocation may wait when the caller gives no integration timeout (API Gateway's maximum). */
export const DEFAULT_MAX_QUEUE_WAIT_MS = 29_000;

export interface PoolSettings {
  account: AccountSettings;
  inheritedEnv: Record<string, string>;
  workerScript: () => Promise<URL>;
  logger: RuntimeLogger;
  /** false: refuse at once when every worker is busy, as the Lambda API does (no queue). */
  queueWhenBusy: boolean;
  /** Shared by every pool: how many workers may initialise at once. */
  coldStarts: ColdStartGate;
}

interface Lease {
  worker: FunctionWorker;
  cold: boolean;
}

/** A queued invocation; `grant` hands it a worker (or a failed start), or nothing when refused. */
interface Ticket {
  queued: boolean;
  grant: (lease: Lease | Promise<Lease> | undefined) => void;
}

/**
 * The execution environments of one function: a warm worker is reused when one is idle; otherwise a
 * new one starts (cold start) while fewer than `concurrency` are alive; otherwise the invocation
 * waits in a FIFO queue. Lambda itself does not queue synchronous invocations: at its concurrency
 * limit it refuses at once with 429 TooManyRequestsException, and API Gateway then answers
 * **500** `{"message": "Internal server error"}` ("If the Lambda API rejects the invocation request,
 * API Gateway returns a 500", Lambda developer guide, services-apigateway-errors). Locally we wait
 * for a worker first, and refuse with `TooManyRequests` only if none frees up before the integration
 * timeout would pass (`queueWhenBusy: false` restores Lambda's refuse-at-once).
 */
export class FunctionPool {
  readonly counters: FunctionCounters = emptyCounters();
  private readonly idle: FunctionWorker[] = [];
  private readonly live = new Set<FunctionWorker>();
  private readonly starts = new Set<Promise<FunctionWorker>>();
  private readonly queue: Ticket[] = [];
  private closed = false;
  private readonly timeoutMs: number;
  private readonly concurrency: number;

  constructor(
    readonly name: string,
    private readonly definition: FunctionDefinition,
    private readonly build: FunctionBuild,
    private readonly settings: PoolSettings,
  ) {
    this.timeoutMs = (definition.timeoutSeconds ?? DEFAULT_TIMEOUT_SECONDS) * 1000;
    this.concurrency = Math.max(1, definition.concurrency ?? DEFAULT_CONCURRENCY);
  }

  get liveWorkers(): number {
    return this.live.size;
  }
  get idleWorkers(): number {
    return this.idle.length;
  }
  get queued(): number {
    return this.queue.length;
  }

  invoke(event: unknown, options: InvokeOptions = {}): Promise<InvokeResult> {
    const startedAt = performance.now();
    const requestId = randomUUID();
    const limitMs = options.integrationTimeoutMs;
    // The warm path (most requests): an idle worker, and the function's own timeout ends the
    // invocation before the gateway's would, so one timer (the worker's) covers it.
    const worker = limitMs === undefined || limitMs >= this.timeoutMs ? this.takeIdle() : undefined;
    if (worker) return this.run({ worker, cold: false }, requestId, event, startedAt);
    const ticket: Ticket = { queued: false, grant: () => {} };
    const execution = this.execute(requestId, event, startedAt, ticket);
    return new Promise((resolve) => {
      // One timer covers both of the gateway's limits: still queued → refused; running → integration timeout.
      const timer = setTimeout(() => {
        // The refusal is counted once, where execute() sees the cancelled ticket.
        if (this.cancelQueued(ticket)) resolve(tooManyRequests(startedAt));
        else if (limitMs !== undefined) resolve(failure("IntegrationTimeout", `Integration timed out after ${limitMs} ms`, startedAt, requestId));
      }, limitMs ?? DEFAULT_MAX_QUEUE_WAIT_MS);
      void execution.then((result) => {
        clearTimeout(timer);
        resolve(result);
      });
    });
  }

  /** Starts one worker if none is alive (bundling first if needed). */
  async warm(): Promise<void> {
    if (this.live.size > 0 || this.starts.size > 0) return;
    this.release(await this.startWorker());
  }

  /** New code is out (dev mode): idle workers go now, busy ones when their invocation ends. */
  retireStaleWorkers(): void {
    for (const worker of this.idle.splice(0)) void worker.terminate();
  }

  reapIdle(olderThanMs: number, now = performance.now()): void {
    for (let i = this.idle.length - 1; i >= 0; i--) {
      const worker = this.idle[i]!;
      if (now - worker.idleSince >= olderThanMs) {
        this.idle.splice(i, 1);
        void worker.terminate();
      }
    }
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const ticket of this.queue.splice(0)) this.grant(ticket, undefined);
    await Promise.allSettled([...this.starts]);
    this.idle.length = 0;
    await Promise.all([...this.live].map((worker) => worker.terminate()));
  }

  private async execute(requestId: string, event: unknown, startedAt: number, ticket: Ticket): Promise<InvokeResult> {
    let lease: Lease | undefined;
    try {
      lease = await this.acquire(ticket);
    } catch (error) {
      this.counters.invocations++;
      return this.unhandled(initErrorOf(error), startedAt, requestId, "Init Error");
    }
    if (!lease) {
      this.counters.throttles++;
      return tooManyRequests(startedAt);
    }
    return this.run(lease, requestId, event, startedAt);
  }

  /** One invocation on a worker this call holds; the worker goes back to the pool when it ends. */
  private async run(lease: Lease, requestId: string, event: unknown, startedAt: number): Promise<InvokeResult> {
    this.counters.invocations++;
    const outcome = await lease.worker.invoke(requestId, event, this.timeoutMs);
    this.release(lease.worker);
    return this.toResult(outcome, lease.cold, startedAt, requestId);
  }

  private toResult(outcome: WorkerOutcome, coldStart: boolean, startedAt: number, requestId: string): InvokeResult {
    if (outcome.kind === "ok") return { ok: true, payload: outcome.payload, durationMs: performance.now() - startedAt, coldStart, requestId };
    if (outcome.kind === "error") return this.unhandled(outcome.error, startedAt, requestId, "Invoke Error");
    this.counters.timeouts++;
    const message = `Task timed out after ${(this.timeoutMs / 1000).toFixed(2)} seconds`;
    this.settings.logger({ level: "ERROR", message, functionName: this.name, requestId });
    return failure("Timeout", message, startedAt, requestId);
  }

  private unhandled(error: LambdaErrorBody, startedAt: number, requestId: string, phase: string): InvokeResult {
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
    return { ...failure("Unhandled", error.errorMessage, startedAt, requestId), errorType: error.errorType };
  }

  private acquire(ticket: Ticket): Promise<Lease | undefined> {
    const worker = this.takeIdle();
    if (worker) return Promise.resolve({ worker, cold: false });
    if (this.hasCapacity()) return this.startWorker().then((started) => ({ worker: started, cold: true }));
    if (!this.settings.queueWhenBusy || this.closed) return Promise.resolve(undefined);
    return new Promise((resolve) => {
      ticket.queued = true;
      ticket.grant = resolve;
      this.queue.push(ticket);
    });
  }

  /**
   * Room for one more worker, and not more starts in flight than the machine can run at once:
   * beyond that an invocation queues, and takes whichever worker frees up or comes up first.
   */
  private hasCapacity(): boolean {
    return !this.closed && this.live.size + this.starts.size < this.concurrency && this.starts.size < this.settings.coldStarts.size;
  }

  private takeIdle(): FunctionWorker | undefined {
    let worker = this.idle.pop();
    while (worker && !worker.alive) worker = this.idle.pop();
    return worker;
  }

  private release(worker: FunctionWorker): void {
    if (!worker.alive) return; // onGone frees the slot
    if (this.closed || worker.generation !== this.build.currentGeneration) {
      void worker.terminate();
      return;
    }
    worker.idleSince = performance.now();
    this.idle.push(worker);
    this.serveQueue();
  }

  /** Hands idle workers, then free slots, to queued invocations in arrival order. */
  private serveQueue(): void {
    while (this.queue.length > 0) {
      const worker = this.takeIdle();
      if (worker) this.grant(this.queue.shift()!, { worker, cold: false });
      else if (this.hasCapacity()) this.grant(this.queue.shift()!, this.startWorker().then((started) => ({ worker: started, cold: true })));
      else return;
    }
  }

  private grant(ticket: Ticket, lease: Lease | Promise<Lease> | undefined): void {
    ticket.queued = false;
    ticket.grant(lease);
  }

  private cancelQueued(ticket: Ticket): boolean {
    if (!ticket.queued) return false;
    this.queue.splice(this.queue.indexOf(ticket), 1);
    this.grant(ticket, undefined);
    return true;
  }

  private startWorker(): Promise<FunctionWorker> {
    const start = this.spawn();
    this.starts.add(start);
    const settle = () => {
      this.starts.delete(start);
      this.serveQueue();
    };
    start.then(settle, settle);
    return start;
  }

  private async spawn(): Promise<FunctionWorker> {
    const [script, { bundle, generation }] = await Promise.all([this.settings.workerScript(), this.build.current()]);
    this.counters.coldStarts++;
    const boot = workerBoot(this.name, this.definition, bundle, this.settings.account);
    const env = workerEnvironment(boot, this.definition, bundle, this.settings.account, this.settings.inheritedEnv);
    const worker = await this.settings.coldStarts.run(() => FunctionWorker.start(script, boot, env, generation, (gone) => this.onGone(gone)));
    if (this.closed || !worker.alive) {
      await worker.terminate();
      throw new InitFailure({ errorType: "Runtime.ExitError", errorMessage: "Runtime exited during init", trace: [] });
    }
    this.live.add(worker);
    return worker;
  }

  private onGone(worker: FunctionWorker): void {
    this.live.delete(worker);
    const index = this.idle.indexOf(worker);
    if (index >= 0) this.idle.splice(index, 1);
    this.serveQueue();
  }
}
