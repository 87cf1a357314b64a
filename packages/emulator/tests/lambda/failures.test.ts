import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BundleError, InitFailure } from "../../src/lambda";
import { fixture, payloadOf, startTestRuntime, statsOf, type TestRuntime } from "./runtime-fixtures";

function failureOf(result: Awaited<ReturnType<TestRuntime["runtime"]["invoke"]>>) {
  if (result.ok) throw new Error(`Expected a failure, got ${JSON.stringify(result.payload)}`);
  return result;
}

describe("handler errors, crashes and init failures", () => {
  let subject: TestRuntime;
  beforeAll(() => {
    subject = startTestRuntime({
      failures: fixture("failures"),
      callback: fixture("callback"),
      initError: fixture("init-error"),
      initFixed: fixture("init-error", { environment: { REQUIRED_SETTING: "set" } }),
      missingExport: fixture("counter", { handler: "main" }),
      broken: { entry: "tests/fixtures/lambda/does-not-exist.ts" },
    });
  });
  afterAll(() => subject.dispose());

  it("reports a thrown error as Unhandled with Lambda's errorType, and logs one line with the TS stack", async () => {
    const result = failureOf(await subject.runtime.invoke("failures", { mode: "throw" }));

    expect(result).toMatchObject({ error: "Unhandled", errorType: "LinkNotFound", message: "no link abc" });
    const line = subject.logs.find((entry) => entry.requestId === result.requestId);
    expect(line).toMatchObject({ level: "ERROR", message: "Invoke Error", functionName: "failures", errorType: "LinkNotFound", errorMessage: "no link abc" });
    // Source maps are on in workers: the stack points at the TypeScript source, not the bundle.
    expect((line?.stack as string[]).join("\n")).toMatch(/fixtures\/lambda\/failures\.ts:\d+:\d+/);
  });

  it("keeps the worker after a handled failure", async () => {
    const before = statsOf(subject.runtime, "failures").coldStarts;
    failureOf(await subject.runtime.invoke("failures", { mode: "reject-string" }));
    payloadOf(await subject.runtime.invoke("failures", { mode: "ok" }));
    expect(statsOf(subject.runtime, "failures").coldStarts).toBe(before);
  });

  it("reports a rejected non-Error value with the value as message", async () => {
    const result = failureOf(await subject.runtime.invoke("failures", { mode: "reject-string" }));
    expect(result).toMatchObject({ error: "Unhandled", errorType: "string", message: "plain string" });
  });

  it("fails an unserialisable result the way Lambda does", async () => {
    const result = failureOf(await subject.runtime.invoke("failures", { mode: "unserialisable" }));
    expect(result).toMatchObject({ error: "Unhandled", errorType: "Runtime.MarshalError" });
  });

  it.each([
    ["exit", "Runtime.ExitError", "Runtime exited with error: exit status 3"],
    ["timer-throw", "RangeError", "thrown in a timer"],
    ["out-of-memory", "Runtime.ExitError", "Runtime exited with error: signal: killed"],
  ])("replaces a worker that crashes (%s) and fails its invocation cleanly", async (mode, errorType, message) => {
    const warm = payloadOf<{ ok: boolean }>(await subject.runtime.invoke("failures", { mode: "ok" }));
    const coldStartsBefore = statsOf(subject.runtime, "failures").coldStarts;

    const crashed = failureOf(await subject.runtime.invoke("failures", { mode }));
    const after = await subject.runtime.invoke("failures", { mode: "ok" });

    expect(warm.ok).toBe(true);
    expect(crashed).toMatchObject({ error: "Unhandled", errorType, message });
    expect(after.ok && after.coldStart).toBe(true);
    expect(statsOf(subject.runtime, "failures").coldStarts).toBe(coldStartsBefore + 1);
  });

  it("supports callback-style handlers", async () => {
    expect(payloadOf(await subject.runtime.invoke("callback", {}))).toEqual({ via: "callback" });
    expect(failureOf(await subject.runtime.invoke("callback", { fail: true }))).toMatchObject({ errorType: "Error", message: "callback failure" });
  });

  it("fails every invocation whose init throws, and recovers once the config is right", async () => {
    const result = failureOf(await subject.runtime.invoke("initError", {}));

    expect(result).toMatchObject({ error: "Unhandled", errorType: "Error", message: "Missing environment variable REQUIRED_SETTING" });
    expect(subject.logs.find((entry) => entry.requestId === result.requestId)).toMatchObject({ message: "Init Error" });
    expect(statsOf(subject.runtime, "initError")).toMatchObject({ liveWorkers: 0, errors: 1, invocations: 1 });
    expect(payloadOf(await subject.runtime.invoke("initFixed", {}))).toEqual({ required: "set" });
  });

  it("names a missing handler export the way Lambda does", async () => {
    const result = failureOf(await subject.runtime.invoke("missingExport", {}));
    expect(result).toMatchObject({ errorType: "Runtime.HandlerNotFound", message: "counter.main is undefined or not exported" });
  });

  it("reports a bundling failure with esbuild's message", async () => {
    const result = failureOf(await subject.runtime.invoke("broken", {}));
    expect(result.errorType).toBe("Runtime.BundleError");
    expect(result.message).toContain("does-not-exist.ts");
  });

  it("warm() warms every function it can and rejects with the first init failure", async () => {
    const warming = subject.runtime.warm();

    const error = await warming.then(
      () => undefined,
      (rejection: unknown) => rejection,
    );
    expect(error instanceof InitFailure || error instanceof BundleError).toBe(true);
    expect(statsOf(subject.runtime, "callback").liveWorkers).toBeGreaterThanOrEqual(1);
    expect(subject.logs.filter((entry) => entry.message.startsWith("Warm-up failed")).map((entry) => entry.functionName).sort()).toEqual([
      "broken",
      "initError",
      "missingExport",
    ]);
  });
});
