import { MessageChannel, receiveMessageOnPort, type MessagePort } from "node:worker_threads";

/**
 * How the main thread hands one invocation to an idle worker. A MessagePort costs, per message, a
 * structured clone, an event-loop wake-up of the worker (eventfd + epoll) and a message event on
 * its side; measured on 2 cores that hop was the largest cost of a warm invocation. Here the frame
 * is text in a SharedArrayBuffer and the idle worker sleeps in `Atomics.wait` (a futex), woken by
 * `Atomics.notify`. An idle worker that sleeps is also what Lambda does to an idle execution
 * environment: frozen between invocations, its timers fire only once the next one arrives.
 * Frames too large for the buffer go through a MessagePort that the worker reads synchronously.
 * (Results still travel back by postMessage: the main thread must never block.)
 */
export interface ChannelHandles {
  shared: SharedArrayBuffer;
  /** Transferred to the worker (list it in `transferList`). */
  overflow: MessagePort;
}

/** Room for the frames of ordinary API events; bigger ones (large bodies) take the port. */
const BUFFER_BYTES = 64 * 1024;
const HEADER_BYTES = 8;
const STATE = 0;
const LENGTH = 1;
const EMPTY = 0;
const IN_BUFFER = 1;
const ON_PORT = 2;

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** The main thread's end: `send` never blocks. */
export class ChannelSender {
  readonly handles: ChannelHandles;
  private readonly control: Int32Array;
  private readonly data: Uint8Array;
  private readonly port: MessagePort;

  constructor() {
    const shared = new SharedArrayBuffer(HEADER_BYTES + BUFFER_BYTES);
    const { port1, port2 } = new MessageChannel();
    this.control = new Int32Array(shared, 0, 2);
    this.data = new Uint8Array(shared, HEADER_BYTES);
    this.port = port1;
    this.handles = { shared, overflow: port2 };
  }

  /** Only while the worker is idle (it has taken the previous frame): one invocation at a time. */
  send(frame: string): void {
    const { read, written } = encoder.encodeInto(frame, this.data);
    let state = IN_BUFFER;
    if (read === frame.length) Atomics.store(this.control, LENGTH, written);
    else {
      this.port.postMessage(frame);
      state = ON_PORT;
    }
    Atomics.store(this.control, STATE, state);
    Atomics.notify(this.control, STATE);
  }

  close(): void {
    this.port.close();
  }
}

/** The worker's end: `take` sleeps until a frame arrives. */
export class ChannelReceiver {
  private readonly control: Int32Array;
  private readonly data: Uint8Array;

  constructor(private readonly handles: ChannelHandles) {
    this.control = new Int32Array(handles.shared, 0, 2);
    this.data = new Uint8Array(handles.shared, HEADER_BYTES);
  }

  take(): string {
    // A loop, not one wait: a notify can arrive late (the sender was descheduled between its store
    // and its notify) and wake this worker while it already waits for the frame after that one.
    while (Atomics.load(this.control, STATE) === EMPTY) Atomics.wait(this.control, STATE, EMPTY);
    const frame =
      Atomics.load(this.control, STATE) === IN_BUFFER
        ? decoder.decode(this.data.subarray(0, Atomics.load(this.control, LENGTH)))
        : (receiveMessageOnPort(this.handles.overflow)?.message as string);
    Atomics.store(this.control, STATE, EMPTY);
    return frame;
  }
}
