import { describe, expect, it } from "vitest";
import { AWAKE, InvocationQueue, QueueConsumer, RETIRED, STARTING } from "./invocation-queue";

/** A queue with one admitted worker (index 0), driven from this thread: only non-blocking paths. */
function subject(slots = 4, slotBytes = 64) {
  const queue = new InvocationQueue(slots, slotBytes, 2);
  queue.resetWorker(0);
  queue.admit(0);
  return { queue, consumer: new QueueConsumer(queue.handles, 0) };
}

describe("invocation queue", () => {
  it("hands frames over oldest first, text and sequence number intact (UTF-8 included)", () => {
    const { queue, consumer } = subject();
    queue.push(7, "id-7 {\"a\":\"é✓\"}");
    queue.push(8, "id-8 {}");

    expect(consumer.take()).toEqual({ seq: 7, text: 'id-7 {"a":"é✓"}' });
    expect(queue.running(0).seq).toBe(7);
    consumer.finished();
    expect(queue.running(0).seq).toBe(0);
    expect(consumer.take()).toEqual({ seq: 8, text: "id-8 {}" });
  });

  it("is full when every slot holds a frame not yet taken, and has room again once one is taken", () => {
    const { queue, consumer } = subject(2);
    expect([queue.push(1, "a"), queue.push(2, "b"), queue.push(3, "c")]).toEqual([0, 1, -1]);
    consumer.take();
    expect(queue.push(3, "c")).toBe(0);
  });

  it("never hands over a withdrawn frame, and cannot withdraw one already taken", () => {
    const { queue, consumer } = subject();
    const first = queue.push(1, "one");
    const second = queue.push(2, "two");

    expect(queue.cancel(second, 2)).toBe(true);
    expect(queue.waiting).toBe(1);
    expect(consumer.take()?.seq).toBe(1);
    expect(queue.cancel(first, 1)).toBe(false);
    queue.push(3, "three");
    expect(consumer.take()?.seq).toBe(3); // the withdrawn frame was skipped
    expect(queue.length).toBe(0);
  });

  it("keeps a frame too large for its slot on the main thread (the worker fetches it)", () => {
    const { queue, consumer } = subject(4, 8);
    queue.push(1, "x".repeat(9));
    queue.push(2, "é".repeat(4)); // 4 characters, 8 bytes: fits exactly
    queue.push(3, "é".repeat(5)); // 10 bytes: over by bytes only

    expect([consumer.take(), consumer.take(), consumer.take()]).toEqual([
      { seq: 1, text: undefined },
      { seq: 2, text: "éééé" },
      { seq: 3, text: undefined },
    ]);
  });

  it("keeps its order across many wrap-arounds of its positions", () => {
    const { queue, consumer } = subject(4);
    const seen: number[] = [];
    for (let seq = 1; seq <= 10_000; seq++) {
      queue.push(seq, `r ${seq}`);
      if (seq % 3 === 0) while (queue.length > 0) seen.push(consumer.take()!.seq);
    }
    while (queue.length > 0) seen.push(consumer.take()!.seq);
    expect(seen).toEqual(Array.from({ length: 10_000 }, (_, i) => i + 1));
  });

  it("tells the oldest frame still waiting", () => {
    const { queue } = subject();
    const first = queue.push(1, "one");
    queue.push(2, "two");
    expect(queue.oldestWaiting()?.seq).toBe(1);
    queue.cancel(first, 1);
    expect(queue.oldestWaiting()?.seq).toBe(2);
  });

  it("moves workers through their states: starting, admitted, asleep, woken, retired", () => {
    const queue = new InvocationQueue(4, 64, 2);
    queue.resetWorker(1);
    expect(queue.workerState(1)).toBe(STARTING);
    expect(queue.wake(1)).toBe(false); // only a sleeping worker can be woken
    queue.admit(1);
    expect(queue.workerState(1)).toBe(AWAKE);
    expect(queue.retire(1)).toBe(AWAKE);
    expect(queue.workerState(1)).toBe(RETIRED);
    expect(new QueueConsumer(queue.handles, 1).take()).toBeNull();
  });

  it("takes no frame for a retired worker, even with frames waiting", () => {
    const { queue, consumer } = subject();
    queue.push(1, "one");
    expect(queue.retire(0)).toBe(AWAKE);
    expect(consumer.take()).toBeNull();
    expect(queue.waiting).toBe(1);
  });
});
