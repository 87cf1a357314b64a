import { readdirSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { afterEach, describe, expect, it } from "vitest";
import { RuntimeClosedError, UnknownFunctionError } from "../../src/lambda";
import { fixture, startTestRuntime, statsOf, type TestRuntime } from "./runtime-fixtures";

/** OS threads of this process (Linux): each worker is one, so they show whether workers really ended. */
function threadCount(): number {
  return readdirSync("/proc/self/task").length;
}

describe("runtime lifecycle", () => {
  let subject: TestRuntime | undefined;
  afterEach(async () => {
    await subject?.dispose();
    subject = undefined;
  });

  it("close() ends every worker, including busy ones, whose invocations fail cleanly", async () => {
    await readFile(import.meta.filename); // libuv's thread pool starts on first use: before the baseline, not during the test
    const baseline = threadCount();
    subject = startTestRuntime({ a: fixture("counter"), b: fixture("counter"), hung: fixture("sleep", { timeoutSeconds: 30 }) });
    await subject.runtime.warm();
    const inFlight = subject.runtime.invoke("hung", {});
    expect(threadCount()).toBeGreaterThanOrEqual(baseline + 3);

    await subject.runtime.close();

    expect(await inFlight).toMatchObject({ ok: false, error: "Unhandled" });
    expect(Object.values(subject.runtime.stats()).map((stats) => stats.liveWorkers)).toEqual([0, 0, 0]);
    // The three workers (one of them busy) are gone.
    await expect.poll(() => threadCount()).toBeLessThanOrEqual(baseline);
    await expect(subject.runtime.invoke("a", {})).rejects.toBeInstanceOf(RuntimeClosedError);
  });

  it("stops workers that stay idle longer than the idle timeout", async () => {
    subject = startTestRuntime({ counter: fixture("counter") }, { idleTimeoutMs: 100 });
    await subject.runtime.invoke("counter", {});

    await expect.poll(() => statsOf(subject!.runtime, "counter").liveWorkers, { timeout: 5_000 }).toBe(0);
    const next = await subject.runtime.invoke("counter", {});
    expect(next.ok && next.coldStart).toBe(true);
  });

  it("rejects an unknown function name, listing the known ones", async () => {
    subject = startTestRuntime({ counter: fixture("counter") });

    const attempt = subject.runtime.invoke("nope", {});

    await expect(attempt).rejects.toBeInstanceOf(UnknownFunctionError);
    await expect(attempt).rejects.toThrow('Unknown function "nope". Known functions: counter.');
  });
});
