import type { InvocationQueue } from "./invocation-queue";

/** An invocation's frame on its way to a worker. */
export interface Frame {
  seq: number;
  /** `requestId json`. */
  frame: string;
  /** Its queue slot, or -1 while it waits in the backlog for one. */
  slot: number;
}

/**
 * The frames no worker has taken yet: in the function's invocation queue, or in a backlog while
 * the queue is full (it holds a few frames per worker; the backlog moves up as workers take them).
 */
export class PendingFrames<T extends Frame> {
  private readonly backlog: T[] = [];

  /** `queue` is created on first use: most functions of a big stack are never called in a session. */
  constructor(private readonly queue: () => InvocationQueue) {}

  add(item: T): void {
    if (this.backlog.length > 0 || !this.place(item)) this.backlog.push(item);
  }

  /** Moves backlog frames into queue slots that workers have freed. */
  refill(): void {
    while (this.backlog.length > 0 && this.place(this.backlog[0]!)) this.backlog.shift();
  }

  /** Takes back a frame no worker has taken yet; false when one has. */
  withdraw(item: T): boolean {
    if (item.slot >= 0) return this.queue().cancel(item.slot, item.seq);
    const index = this.backlog.indexOf(item);
    if (index >= 0) this.backlog.splice(index, 1);
    return index >= 0;
  }

  /** The sequence number of the frame waiting longest. */
  oldest(): number | undefined {
    return this.queue().oldestWaiting()?.seq ?? this.backlog[0]?.seq;
  }

  /** Cheap upper bound (withdrawn frames count until a worker skips them): false means none waits. */
  mayBeWaiting(): boolean {
    return this.backlog.length > 0 || this.queue().length > 0;
  }

  get waiting(): number {
    return this.backlog.length + this.queue().waiting;
  }

  clear(): void {
    this.backlog.length = 0;
  }

  private place(item: T): boolean {
    item.slot = this.queue().push(item.seq, item.frame);
    return item.slot >= 0;
  }
}
