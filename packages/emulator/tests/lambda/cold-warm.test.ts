import { existsSync, readFileSync, readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixture, payloadOf, startTestRuntime, statsOf, type TestRuntime } from "./runtime-fixtures";

interface CounterPayload {
  invocations: number;
  threadId: number;
  loadedAt: number;
  tag: string | null;
}

describe("cold and warm starts", () => {
  let subject: TestRuntime;
  beforeAll(() => {
    // The SDK external here, to exercise how externals are resolved; by default it is bundled, as SST does.
    subject = startTestRuntime({ counter: fixture("counter"), bundling: fixture("bundling"), preWarmed: fixture("counter") }, { external: ["@aws-sdk/*"] });
  });
  afterAll(() => subject.dispose());

  it("bundles and starts a worker on the first invocation, then reuses it with its module state", async () => {
    // Act
    const first = await subject.runtime.invoke("counter", { tag: "a" });
    const second = await subject.runtime.invoke("counter", { tag: "b" });

    // Assess
    expect(first.ok && first.coldStart).toBe(true);
    expect(second.ok && second.coldStart).toBe(false);
    const [one, two] = [payloadOf<CounterPayload>(first), payloadOf<CounterPayload>(second)];
    expect(one).toMatchObject({ invocations: 1, tag: "a" });
    expect(two).toMatchObject({ invocations: 2, tag: "b", threadId: one.threadId, loadedAt: one.loadedAt });
    expect(statsOf(subject.runtime, "counter")).toMatchObject({ coldStarts: 1, invocations: 2, liveWorkers: 1, idleWorkers: 1, builds: 1 });
  });

  it("warm() bundles and starts a worker ahead of traffic", async () => {
    await subject.runtime.warm("preWarmed");

    const result = await subject.runtime.invoke("preWarmed", {});

    expect(result.ok && result.coldStart).toBe(false);
    expect(statsOf(subject.runtime, "preWarmed")).toMatchObject({ coldStarts: 1, invocations: 1, liveWorkers: 1 });
  });

  it("bundles like SST deploys: minified ESM .mjs with a linked source map and the createRequire banner", async () => {
    const result = await subject.runtime.invoke("bundling", {});

    const payload = payloadOf<{ sdkClient: string; sdkClientViaRequire: string; joined: string; moduleUrlIsBundle: boolean; taskRoot: string; handlerSetting: string }>(result);
    // The CommonJS helper's require() works only through the banner's createRequire.
    expect(payload).toMatchObject({ sdkClient: "function", sdkClientViaRequire: "function", joined: "a/b", moduleUrlIsBundle: true, handlerSetting: "bundling.handler" });
    const bundle = readFileSync(join(payload.taskRoot, "bundling.mjs"), "utf8");
    expect(bundle).toContain("createRequire");
    expect(bundle).toMatch(/\/\/# sourceMappingURL=bundling\.mjs\.map\s*$/);
    expect(existsSync(join(payload.taskRoot, "bundling.mjs.map"))).toBe(true);
    // Minified: no indentation left. External SDK: imported from node_modules, not inlined.
    expect(bundle).not.toMatch(/\n {2}\S/);
    expect(bundle).toMatch(/from"file:\/\/[^"]*node_modules\/@aws-sdk\/client-api-gateway\//);
    expect(bundle).toMatch(/\("\/[^"]*node_modules\/@aws-sdk\/client-api-gateway\/[^"]*"\)/); // require() gets a path
    expect(statsOf(subject.runtime, "bundling").bundleBytes).toBe(Buffer.byteLength(bundle));
    expect(statsOf(subject.runtime, "bundling").bundleBytes).toBeLessThan(20_000);
  });

  it("bundles the AWS SDK by default, tree-shaken, as SST does", async () => {
    const bundled = startTestRuntime({ bundling: fixture("bundling") });
    try {
      const payload = payloadOf<{ sdkClient: string; sdkClientViaRequire: string; taskRoot: string }>(await bundled.runtime.invoke("bundling", {}));
      expect(payload).toMatchObject({ sdkClient: "function", sdkClientViaRequire: "function" });
      const bundle = readFileSync(join(payload.taskRoot, "bundling.mjs"), "utf8");
      expect(bundle).not.toMatch(/node_modules\/@aws-sdk\//);
    } finally {
      await bundled.dispose();
    }
  });

  it("writes bundles under bundleDir only", () => {
    expect(readdirSync(subject.bundleDir).sort()).toEqual([".runtime", "bundling", "counter", "preWarmed"]);
    expect(existsSync(join(dirname(fileURLToPath(import.meta.url)), "..", "fixtures", "lambda", "counter.mjs"))).toBe(false);
  });
});
