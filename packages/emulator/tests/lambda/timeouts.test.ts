import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixture, payloadOf, startTestRuntime, statsOf, type TestRuntime } from "./runtime-fixtures";

interface SleepPayload {
  label: string | null;
  threadId: number;
}

describe("function timeouts", () => {
  let subject: TestRuntime;
  beforeAll(() => {
    subject = startTestRuntime({
      short: fixture("sleep", { timeoutSeconds: 0.3 }),
      mixed: fixture("sleep", { timeoutSeconds: 2 }),
      solo: fixture("sleep", { timeoutSeconds: 0.5, concurrency: 1 }),
    });
  });
  afterAll(() => subject.dispose());

  it("kills a worker that runs past the function timeout and answers with Lambda's message", async () => {
    const first = await subject.runtime.invoke("short", { label: "hung" });

    expect(first).toMatchObject({ ok: false, error: "Timeout", message: "Task timed out after 0.30 seconds" });
    expect(subject.logs.find((entry) => entry.requestId === (first.ok ? "" : first.requestId))).toMatchObject({
      level: "ERROR",
      message: "Task timed out after 0.30 seconds",
    });
    await expect.poll(() => statsOf(subject.runtime, "short").liveWorkers).toBe(0);
    expect(statsOf(subject.runtime, "short")).toMatchObject({ timeouts: 1, invocations: 1 });
  });

  it("replaces the killed worker on the next invocation", async () => {
    const next = await subject.runtime.invoke("short", { ms: 1, label: "after" });

    expect(next.ok && next.coldStart).toBe(true);
    expect(payloadOf<SleepPayload>(next).label).toBe("after");
  });

  it("does not delay or break a concurrent fast invocation", async () => {
    const settled: string[] = [];
    const track = (label: string, pending: ReturnType<TestRuntime["runtime"]["invoke"]>) =>
      pending.then((result) => {
        settled.push(label);
        return result;
      });

    const hung = track("hung", subject.runtime.invoke("mixed", { label: "hung" }));
    const fast = track("fast", subject.runtime.invoke("mixed", { ms: 1, label: "fast" }));
    const [hungResult, fastResult] = await Promise.all([hung, fast]);

    expect(payloadOf<SleepPayload>(fastResult).label).toBe("fast");
    expect(hungResult).toMatchObject({ ok: false, error: "Timeout", message: "Task timed out after 2.00 seconds" });
    expect(settled).toEqual(["fast", "hung"]);
    // The fast one's worker stays warm for later requests.
    const later = await subject.runtime.invoke("mixed", { ms: 1, label: "later" });
    expect(later.ok && later.coldStart).toBe(false);
    expect(payloadOf<SleepPayload>(later).threadId).toBe(payloadOf<SleepPayload>(fastResult).threadId);
  });

  it("hands the slot of a killed worker to the invocation queued behind it", async () => {
    const hung = subject.runtime.invoke("solo", { label: "hung" });
    const queued = subject.runtime.invoke("solo", { ms: 1, label: "queued" });
    expect(statsOf(subject.runtime, "solo").queued).toBe(1);

    const [hungResult, queuedResult] = await Promise.all([hung, queued]);

    expect(hungResult).toMatchObject({ ok: false, error: "Timeout" });
    expect(queuedResult.ok && queuedResult.coldStart).toBe(true);
    expect(payloadOf<SleepPayload>(queuedResult).label).toBe("queued");
  });
});
