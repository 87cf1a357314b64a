import type { FunctionWorker } from "./function-worker";
import { AWAKE, SLEEPING, type InvocationQueue } from "./invocation-queue";

/**
 * A function's workers by their index in its invocation queue, and what the queue says of each:
 * awake, asleep, running. The pool asks on every invocation, so the answers read shared memory
 * and allocate nothing. A start in flight reserves an index until its worker is placed.
 */
export class WorkerSlots {
  private readonly workers: (FunctionWorker | undefined)[];
  private readonly reserved: boolean[];

  constructor(
    readonly size: number,
    private readonly queue: () => InvocationQueue,
  ) {
    this.workers = new Array<FunctionWorker | undefined>(size).fill(undefined);
    this.reserved = new Array<boolean>(size).fill(false);
  }

  /** Workers placed (alive, or ending) plus starts in flight. */
  get occupied(): number {
    let count = 0;
    for (let i = 0; i < this.size; i++) if (this.workers[i] || this.reserved[i]) count++;
    return count;
  }

  get live(): number {
    return this.workers.filter((worker) => worker?.alive).length;
  }

  get idle(): number {
    return this.workers.filter((worker) => worker?.alive && this.queue().running(worker.index).seq === 0).length;
  }

  /** An index for a worker about to start; only call while `occupied < size`. */
  reserve(): number {
    const index = this.workers.findIndex((worker, i) => worker === undefined && !this.reserved[i]);
    this.reserved[index] = true;
    return index;
  }

  unreserve(index: number): void {
    this.reserved[index] = false;
  }

  place(worker: FunctionWorker): void {
    this.workers[worker.index] = worker;
  }

  remove(worker: FunctionWorker): void {
    if (this.workers[worker.index] === worker) this.workers[worker.index] = undefined;
  }

  all(): FunctionWorker[] {
    return this.workers.filter((worker): worker is FunctionWorker => worker !== undefined);
  }

  /** A worker that is awake: running an invocation, or about to take the next frame. (Every invocation asks.) */
  anyAwake(): boolean {
    return this.anyIn(AWAKE);
  }

  anySleeping(): boolean {
    return this.anyIn(SLEEPING);
  }

  /** An awake worker with no invocation: just woken or admitted, or between two invocations. */
  anyAwakeAndFree(): boolean {
    const queue = this.queue();
    for (const worker of this.workers) if (worker?.alive && queue.workerState(worker.index) === AWAKE && queue.running(worker.index).seq === 0) return true;
    return false;
  }

  /** Wakes the sleeping worker with the lowest index: work concentrates on few, warm threads. */
  wakeOne(): boolean {
    const queue = this.queue();
    for (const worker of this.workers) if (worker?.alive && queue.wake(worker.index)) return true;
    return false;
  }

  /** Plain loops, no predicate closure: these run on the request path. */
  private anyIn(state: number): boolean {
    const queue = this.queue();
    for (const worker of this.workers) if (worker?.alive && queue.workerState(worker.index) === state) return true;
    return false;
  }
}
