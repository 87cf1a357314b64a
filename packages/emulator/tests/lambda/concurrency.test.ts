import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixture, payloadOf, startTestRuntime, statsOf, type TestRuntime } from "./runtime-fixtures";

interface SleepPayload {
  label: string | null;
  threadId: number;
}

describe("concurrency limit and queue", () => {
  let subject: TestRuntime;
  let strict: TestRuntime;
  beforeAll(() => {
    subject = startTestRuntime({
      pair: fixture("sleep", { concurrency: 2 }),
      single: fixture("sleep", { concurrency: 1, timeoutSeconds: 10 }),
    });
    strict = startTestRuntime({ single: fixture("sleep", { concurrency: 1 }) }, { queueWhenBusy: false });
  });
  afterAll(async () => {
    await Promise.all([subject.dispose(), strict.dispose()]);
  });

  it("never runs more workers than the function's concurrency; the rest wait and reuse them", async () => {
    const pending = ["a", "b", "c", "d"].map((label) => subject.runtime.invoke("pair", { ms: 150, label }));
    const queuedRightAway = statsOf(subject.runtime, "pair").queued;

    const results = await Promise.all(pending);

    expect(queuedRightAway).toBe(2);
    // Which invocations meet the two cold starts depends on how long a cold start takes on a busy
    // machine (a worker may finish "a" and take "b" before the second one is up); how many does not.
    expect(results.filter((result) => result.ok && result.coldStart)).toHaveLength(2);
    expect(results.every((result) => result.ok)).toBe(true);
    expect(new Set(results.map((result) => payloadOf<SleepPayload>(result).threadId)).size).toBe(2);
    expect(statsOf(subject.runtime, "pair")).toMatchObject({ coldStarts: 2, invocations: 4, liveWorkers: 2, queued: 0 });
  });

  it("starts another worker when the busy one holds the queue up, instead of waiting for it", async () => {
    const fresh = startTestRuntime({ pair: fixture("sleep", { concurrency: 2 }) });
    try {
      await fresh.runtime.warm("pair");
      const settled: string[] = [];
      const slow = fresh.runtime.invoke("pair", { ms: 800, label: "slow" }).then((result) => {
        settled.push("slow");
        return result;
      });
      await expect.poll(() => statsOf(fresh.runtime, "pair").idleWorkers).toBe(0); // the warm worker runs "slow"
      const quick = await fresh.runtime.invoke("pair", { ms: 1, label: "quick" });
      settled.push("quick");

      expect(quick.ok && quick.coldStart).toBe(true);
      expect(payloadOf<SleepPayload>(quick).threadId).not.toBe(payloadOf<SleepPayload>(await slow).threadId);
      expect(settled).toEqual(["quick", "slow"]);
    } finally {
      await fresh.dispose();
    }
  });

  it("serves queued invocations in arrival order", async () => {
    const order: string[] = [];
    const labels = ["first", "second", "third", "fourth"];

    await Promise.all(labels.map((label) => subject.runtime.invoke("single", { ms: 20, label }).then(() => order.push(label))));

    expect(order).toEqual(labels);
  });

  it("refuses with TooManyRequests an invocation still queued when the integration timeout passes", async () => {
    const busy = subject.runtime.invoke("single", { ms: 1500, label: "busy" }, { integrationTimeoutMs: 10_000 });
    const refused = await subject.runtime.invoke("single", { ms: 1, label: "refused" }, { integrationTimeoutMs: 200 });

    expect(refused).toMatchObject({ ok: false, error: "TooManyRequests", message: "Rate Exceeded." });
    expect(refused).not.toHaveProperty("requestId");
    expect(payloadOf<SleepPayload>(await busy).label).toBe("busy");
    expect(statsOf(subject.runtime, "single")).toMatchObject({ throttles: 1, queued: 0 });
  });

  it("answers IntegrationTimeout for a running invocation, which still finishes and frees its worker", async () => {
    const slow = await subject.runtime.invoke("single", { ms: 1500, label: "slow" }, { integrationTimeoutMs: 200 });
    const next = await subject.runtime.invoke("single", { ms: 1, label: "next" });

    expect(slow).toMatchObject({ ok: false, error: "IntegrationTimeout" });
    expect(slow.requestId).toBeDefined();
    expect(next.ok && next.coldStart).toBe(false);
    expect(statsOf(subject.runtime, "single")).toMatchObject({ timeouts: 0, liveWorkers: 1 });
  });

  it("refuses at once at the limit when queueing is off, as the Lambda API does", async () => {
    const busy = strict.runtime.invoke("single", { ms: 300, label: "busy" });
    const refused = await strict.runtime.invoke("single", { ms: 1 });

    expect(refused).toMatchObject({ ok: false, error: "TooManyRequests" });
    expect((await busy).ok).toBe(true);
  });
});
