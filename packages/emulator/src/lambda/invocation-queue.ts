import { MessageChannel, receiveMessageOnPort, type MessagePort } from "node:worker_threads";

/**
 * How invocations reach a function's workers: one FIFO ring per function in shared memory, which
 * every worker of the function takes from. Measured on two cores, waking a sleeping thread (futex
 * or eventfd, the same either way) was the largest cost of a warm invocation, and each request woke
 * one. Here a worker that finishes an invocation takes the next waiting one without sleeping, and
 * the main thread wakes a sleeping worker only when no worker is awake to take what it pushed (the
 * pool wakes more when the ring stalls). Any free worker takes the oldest invocation, as Lambda gives
 * an invocation to any free execution environment. An idle worker sleeps in `Atomics.wait`, frozen
 * like an idle Lambda environment: its timers fire only once the next invocation thaws it.
 *
 * Frames too large for a slot stay on the main thread; the worker that takes one asks for it.
 * Results travel back by postMessage: the main thread never blocks.
 */
export interface QueueHandles {
  /** Int32: ring indices, slot headers, per-worker state and mailbox. */
  control: SharedArrayBuffer;
  /** Float64 per worker: when its current invocation started, when it fell asleep (epoch ms). */
  times: SharedArrayBuffer;
  /** Slot payloads: frame text as UTF-8. */
  data: SharedArrayBuffer;
  slots: number;
  slotBytes: number;
  workers: number;
}

/** Slot states. */
const FREE = 0;
const READY = 1;
const CANCELLED = 2;
const TAKEN = 3;

/** Worker states (the worker's own transitions: AWAKE ⇄ SLEEPING; the main thread's: STARTING → AWAKE (admit), SLEEPING → AWAKE (wake), any → RETIRED). */
export const STARTING = 0;
export const AWAKE = 1;
export const SLEEPING = 2;
export const RETIRED = 3;

/** A slot's length when its frame is too large and stays on the main thread. */
const ON_MAIN_THREAD = -1;

const HEAD = 0;
const TAIL = 1;
const HEADER_INTS = 2;

/** Where each field lives in the control and times arrays. */
class Layout {
  readonly control: Int32Array;
  readonly times: Float64Array;
  readonly data: Uint8Array;
  readonly mask: number;

  constructor(readonly handles: QueueHandles) {
    this.control = new Int32Array(handles.control);
    this.times = new Float64Array(handles.times);
    this.data = new Uint8Array(handles.data);
    this.mask = handles.slots - 1;
  }

  slotState(slot: number): number {
    return HEADER_INTS + slot;
  }
  slotLength(slot: number): number {
    return HEADER_INTS + this.handles.slots + slot;
  }
  slotSeq(slot: number): number {
    return HEADER_INTS + 2 * this.handles.slots + slot;
  }
  workerState(worker: number): number {
    return HEADER_INTS + 3 * this.handles.slots + worker;
  }
  /** Sequence number of the invocation the worker runs, 0 when none. */
  workerRunning(worker: number): number {
    return HEADER_INTS + 3 * this.handles.slots + this.handles.workers + worker;
  }
  workerMailbox(worker: number): number {
    return HEADER_INTS + 3 * this.handles.slots + 2 * this.handles.workers + worker;
  }
  startedAt(worker: number): number {
    return 2 * worker;
  }
  sleepingSince(worker: number): number {
    return 2 * worker + 1;
  }
  slotOf(position: number): number {
    return position & this.mask;
  }
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** The main thread's side: pushes frames, cancels waiting ones, wakes and retires workers. */
export class InvocationQueue {
  readonly handles: QueueHandles;
  private readonly layout: Layout;
  private tail = 0;

  /** `slots` is rounded up to a power of two (positions wrap with a mask). */
  constructor(slots: number, slotBytes: number, workers: number) {
    let size = 1;
    while (size < slots) size *= 2;
    const ints = HEADER_INTS + 3 * size + 3 * workers;
    this.handles = {
      control: new SharedArrayBuffer(4 * ints),
      times: new SharedArrayBuffer(8 * 2 * workers),
      data: new SharedArrayBuffer(size * slotBytes),
      slots: size,
      slotBytes,
      workers,
    };
    this.layout = new Layout(this.handles);
  }

  /** Puts a frame in the next slot; returns the slot, or -1 when the ring is full. */
  push(seq: number, frame: string): number {
    const { control, data } = this.layout;
    const slot = this.layout.slotOf(this.tail);
    if (Atomics.load(control, this.layout.slotState(slot)) !== FREE) return -1;
    const offset = slot * this.handles.slotBytes;
    const { read, written } = encoder.encodeInto(frame, data.subarray(offset, offset + this.handles.slotBytes));
    control[this.layout.slotLength(slot)] = read === frame.length ? (written ?? 0) : ON_MAIN_THREAD;
    control[this.layout.slotSeq(slot)] = seq;
    Atomics.store(control, this.layout.slotState(slot), READY);
    this.tail = (this.tail + 1) | 0;
    Atomics.store(control, TAIL, this.tail);
    return slot;
  }

  /** Withdraws a frame no worker has taken yet; false when a worker already took it. */
  cancel(slot: number, seq: number): boolean {
    const { control } = this.layout;
    if (control[this.layout.slotSeq(slot)] !== seq) return false;
    return Atomics.compareExchange(control, this.layout.slotState(slot), READY, CANCELLED) === READY;
  }

  /** The oldest frame still waiting, as `{ slot, seq }`. */
  oldestWaiting(): { slot: number; seq: number } | undefined {
    const { control } = this.layout;
    for (let position = Atomics.load(control, HEAD); position !== this.tail; position = (position + 1) | 0) {
      const slot = this.layout.slotOf(position);
      if (Atomics.load(control, this.layout.slotState(slot)) === READY) return { slot, seq: control[this.layout.slotSeq(slot)]! };
    }
    return undefined;
  }

  /** Frames pushed and not yet taken (cancelled ones included until a worker skips them). */
  get length(): number {
    return (this.tail - Atomics.load(this.layout.control, HEAD)) | 0;
  }

  /** Frames waiting for a worker right now (exact: cancelled ones excluded). */
  get waiting(): number {
    let count = 0;
    for (let slot = 0; slot < this.handles.slots; slot++) if (Atomics.load(this.layout.control, this.layout.slotState(slot)) === READY) count++;
    return count;
  }

  /** Advances whenever a worker takes (or skips) a frame: the pool's measure of progress. */
  get head(): number {
    return Atomics.load(this.layout.control, HEAD);
  }

  workerState(worker: number): number {
    return Atomics.load(this.layout.control, this.layout.workerState(worker));
  }

  /** Makes a slot ready for a new worker (after the previous one there has gone). */
  resetWorker(worker: number): void {
    const { control } = this.layout;
    Atomics.store(control, this.layout.workerState(worker), STARTING);
    Atomics.store(control, this.layout.workerRunning(worker), 0);
  }

  /** Lets a worker that reported ready take frames. */
  admit(worker: number): void {
    const index = this.layout.workerState(worker);
    if (Atomics.compareExchange(this.layout.control, index, STARTING, AWAKE) === STARTING) Atomics.notify(this.layout.control, index, 1);
  }

  /** Wakes a sleeping worker; false when it was not asleep. */
  wake(worker: number): boolean {
    const index = this.layout.workerState(worker);
    if (Atomics.compareExchange(this.layout.control, index, SLEEPING, AWAKE) !== SLEEPING) return false;
    Atomics.notify(this.layout.control, index, 1);
    return true;
  }

  /** Retires a worker: it takes no further frame. Returns the state it had (SLEEPING: safe to end it now). */
  retire(worker: number): number {
    const index = this.layout.workerState(worker);
    const previous = Atomics.exchange(this.layout.control, index, RETIRED);
    Atomics.notify(this.layout.control, index, 1);
    return previous;
  }

  /** The invocation a worker is running (0: none), and since when (epoch ms). */
  running(worker: number): { seq: number; startedAt: number } {
    const seq = Atomics.load(this.layout.control, this.layout.workerRunning(worker));
    return { seq, startedAt: this.layout.times[this.layout.startedAt(worker)]! };
  }

  sleepingSince(worker: number): number {
    return this.layout.times[this.layout.sleepingSince(worker)]!;
  }

  /** Answers a worker's request for a frame kept on the main thread (see `QueueConsumer.fetch`). */
  deliver(worker: number, port: MessagePort, frame: string): void {
    port.postMessage(frame);
    const index = this.layout.workerMailbox(worker);
    Atomics.store(this.layout.control, index, 1);
    Atomics.notify(this.layout.control, index, 1);
  }
}

/** A frame a worker took: its text, or undefined when it stayed on the main thread. */
export interface Claim {
  seq: number;
  text: string | undefined;
}

/** A worker's side. `take` sleeps until there is a frame; null means the worker was retired. */
export class QueueConsumer {
  private readonly layout: Layout;

  constructor(
    handles: QueueHandles,
    private readonly worker: number,
  ) {
    this.layout = new Layout(handles);
  }

  take(): Claim | null {
    const { control } = this.layout;
    const stateIndex = this.layout.workerState(this.worker);
    for (;;) {
      const state = Atomics.load(control, stateIndex);
      if (state === RETIRED) return null;
      if (state === STARTING) {
        // Ready, but not admitted yet: the main thread may still retire it (stale code).
        Atomics.wait(control, stateIndex, STARTING);
        continue;
      }
      if (state === AWAKE) {
        const claim = this.tryClaim();
        if (claim) return claim;
        this.layout.times[this.layout.sleepingSince(this.worker)] = Date.now();
        Atomics.compareExchange(control, stateIndex, AWAKE, SLEEPING);
        continue;
      }
      // SLEEPING. Announced before this second look, so a frame pushed meanwhile is either seen
      // here or seen by the main thread as pushed to a sleeping worker, which it then wakes.
      if (Atomics.load(control, HEAD) !== Atomics.load(control, TAIL)) Atomics.compareExchange(control, stateIndex, SLEEPING, AWAKE);
      else Atomics.wait(control, stateIndex, SLEEPING);
    }
  }

  /** The invocation has ended: the watchdog stops watching this worker. */
  finished(): void {
    Atomics.store(this.layout.control, this.layout.workerRunning(this.worker), 0);
  }

  /** Fetches a frame that stayed on the main thread: asks for it, then sleeps until it is delivered. */
  fetch(seq: number, ask: (seq: number) => void, port: MessagePort): string {
    const index = this.layout.workerMailbox(this.worker);
    Atomics.store(this.layout.control, index, 0);
    ask(seq);
    while (Atomics.load(this.layout.control, index) === 0) Atomics.wait(this.layout.control, index, 0);
    return receiveMessageOnPort(port)?.message as string;
  }

  private tryClaim(): Claim | undefined {
    const { control, data } = this.layout;
    for (;;) {
      const head = Atomics.load(control, HEAD);
      if (head === Atomics.load(control, TAIL)) return undefined;
      if (Atomics.compareExchange(control, HEAD, head, (head + 1) | 0) !== head) continue; // another worker took it
      const slot = this.layout.slotOf(head);
      if (Atomics.compareExchange(control, this.layout.slotState(slot), READY, TAKEN) !== READY) {
        Atomics.store(control, this.layout.slotState(slot), FREE); // cancelled by the main thread
        continue;
      }
      const seq = control[this.layout.slotSeq(slot)]!;
      const length = control[this.layout.slotLength(slot)]!;
      // Start time before the sequence number: whoever reads the number sees its start time.
      this.layout.times[this.layout.startedAt(this.worker)] = Date.now();
      Atomics.store(control, this.layout.workerRunning(this.worker), seq);
      const offset = slot * this.layout.handles.slotBytes;
      const text = length === ON_MAIN_THREAD ? undefined : decoder.decode(data.subarray(offset, offset + length));
      Atomics.store(control, this.layout.slotState(slot), FREE);
      return { seq, text };
    }
  }
}

/** The private channel a worker receives large frames on (transfer `worker` to it). */
export function frameChannel(): { main: MessagePort; worker: MessagePort } {
  const { port1, port2 } = new MessageChannel();
  return { main: port1, worker: port2 };
}
