import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EventJson } from "../../src/lambda/invoker";
import { fixture, payloadOf, startTestRuntime, statsOf, type TestRuntime } from "./runtime-fixtures";

interface Echo {
  event: Record<string, unknown>;
  jsonLength: number;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("how events reach a worker", () => {
  let subject: TestRuntime;
  beforeAll(() => {
    // One worker, so every invocation below shares the same channel.
    subject = startTestRuntime({ echo: fixture("echo", { concurrency: 1 }) });
  });
  afterAll(() => subject.dispose());

  it("delivers events too large for the shared buffer whole, and small ones again after them", async () => {
    const big = "x".repeat(1_000_000);
    const multiByte = "é".repeat(40_000); // 40,000 characters, 80,000 bytes: over the buffer by bytes only
    const results = [];
    for (const body of ["small", big, "small again", multiByte, "last"]) results.push(payloadOf<Echo>(await subject.runtime.invoke("echo", { body })));

    expect(results.map((echo) => echo.event.body)).toEqual(["small", big, "small again", multiByte, "last"]);
    expect(statsOf(subject.runtime, "echo").coldStarts).toBe(1);
  });

  it("keeps every frame under load: many invocations in flight over few workers, each answered with its own event", async () => {
    const load = startTestRuntime({ echo: fixture("echo", { concurrency: 4 }) });
    try {
      // Every tenth event is too large for a queue slot and is fetched from the main thread.
      const bodyOf = (i: number) => (i % 10 === 0 ? `${i}:${"b".repeat(20_000)}` : String(i));
      const results = await Promise.all(Array.from({ length: 4_000 }, (_, i) => load.runtime.invoke("echo", { i, body: bodyOf(i) })));
      const seen = results.map((result) => (result.ok ? (result.payload as Echo).event : result));
      expect(seen).toEqual(Array.from({ length: 4_000 }, (_, i) => ({ i, body: bodyOf(i) })));
      // Quick invocations never stall the queue long enough to need all four workers started.
      expect(statsOf(load.runtime, "echo")).toMatchObject({ errors: 0, queued: 0 });
      expect(statsOf(load.runtime, "echo").coldStarts).toBeLessThanOrEqual(4);
    } finally {
      await load.dispose();
    }
  });

  it("passes pre-serialised JSON through as is, and serialises objects the way Lambda does", async () => {
    const passed = payloadOf<Echo>(await subject.runtime.invoke("echo", new EventJson('{"b":1,"a":"ünïcode ✓","n":null}')));
    const serialised = payloadOf<Echo>(await subject.runtime.invoke("echo", { when: new Date(Date.UTC(2026, 11, 2)), gone: undefined, keep: [undefined] }));

    expect(passed.event).toEqual({ b: 1, a: "ünïcode ✓", n: null });
    expect(Object.keys(passed.event)).toEqual(["b", "a", "n"]);
    expect(serialised.event).toEqual({ when: "2026-12-02T00:00:00.000Z", keep: [null] });
  });

  it("refuses an event that is not JSON without touching the worker", async () => {
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    const result = await subject.runtime.invoke("echo", cyclic);
    const after = await subject.runtime.invoke("echo", { body: "fine" });

    expect(result).toMatchObject({ ok: false, error: "Unhandled", errorType: "Runtime.MarshalError" });
    expect(payloadOf<Echo>(after).event).toEqual({ body: "fine" });
  });

  it("freezes an idle worker as Lambda does: a timer left running fires only once the next invocation thaws it", async () => {
    await subject.runtime.invoke("echo", { mode: "arm-timer" });
    await sleep(600); // three times the timer's 200 ms: it would have fired in a running process

    const thawed = payloadOf<{ timerFired: number }>(await subject.runtime.invoke("echo", { mode: "timer-count" }));
    const later = payloadOf<{ timerFired: number }>(await subject.runtime.invoke("echo", { mode: "timer-count" }));

    expect(thawed.timerFired).toBe(0);
    expect(later.timerFired).toBe(1);
  });
});
