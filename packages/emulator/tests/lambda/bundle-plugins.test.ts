import { afterEach, describe, expect, it } from "vitest";
import { fixture, payloadOf, startTestRuntime, type TestRuntime } from "./runtime-fixtures";

// SST's `nodejs.plugins`: a module whose default export lists esbuild plugins, run on every bundle.
describe("bundle plugins", () => {
  let subject: TestRuntime | undefined;
  afterEach(async () => {
    await subject?.dispose();
    subject = undefined;
  });

  it("builds every bundle with the plugins module's plugins", async () => {
    subject = startTestRuntime({ greeting: fixture("plugin-greeting") }, { plugins: "tests/fixtures/lambda/helpers/greeting-plugins.mjs" });
    expect(payloadOf(await subject.runtime.invoke("greeting", {}))).toEqual({ greeting: "hello from a plugin" });
  });

  it("leaves a bundle without them when none are given", async () => {
    subject = startTestRuntime({ greeting: fixture("plugin-greeting") });
    const result = await subject.runtime.invoke("greeting", {});
    expect(result).toMatchObject({ ok: false, errorType: "Runtime.BundleError" });
    expect(!result.ok && result.message).toContain('Could not resolve "virtual:greeting"');
  });

  it("refuses a plugins module whose default export is not a list, saying so", async () => {
    subject = startTestRuntime({ greeting: fixture("plugin-greeting") }, { plugins: "tests/fixtures/lambda/helpers/not-a-plugin-list.mjs" });
    const result = await subject.runtime.invoke("greeting", {});
    expect(result).toMatchObject({ ok: false, errorType: "Runtime.BundleError" });
    expect(!result.ok && result.message).toContain("not-a-plugin-list.mjs: its default export must be a list of esbuild plugins");
  });
});
