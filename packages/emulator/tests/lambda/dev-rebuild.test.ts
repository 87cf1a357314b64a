import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createLambdaRuntime, type LambdaRuntime } from "../../src/lambda";
import { statsOf } from "./runtime-fixtures";

interface DevPayload {
  version: string;
  greeting: string;
  invocations: number;
}

/** A handler whose greeting lives in the entry and whose version lives in an imported module. */
function writeEntry(dir: string, greeting: string): void {
  writeFileSync(
    join(dir, "handler.ts"),
    [
      `import { version } from "./version";`,
      `let invocations = 0;`,
      `export const handler = async () => ({ version, greeting: ${JSON.stringify(greeting)}, invocations: ++invocations });`,
    ].join("\n"),
  );
}

function writeVersion(dir: string, version: string): void {
  writeFileSync(join(dir, "version.ts"), `export const version: string = ${JSON.stringify(version)};\n`);
}

describe("dev mode rebuilds", () => {
  let sourceDir: string;
  let bundleDir: string;
  let runtime: LambdaRuntime;

  beforeAll(() => {
    sourceDir = mkdtempSync(join(tmpdir(), "linkgate-dev-src-"));
    bundleDir = mkdtempSync(join(tmpdir(), "linkgate-dev-out-"));
    writeVersion(sourceDir, "v1");
    writeEntry(sourceDir, "hello");
    runtime = createLambdaRuntime({ functions: { dev: { entry: "handler.ts" } }, rootDir: sourceDir, bundleDir, dev: true, logger: () => {} });
  });
  afterAll(async () => {
    await runtime.close();
    rmSync(sourceDir, { recursive: true, force: true });
    rmSync(bundleDir, { recursive: true, force: true });
  });

  async function current(): Promise<DevPayload | string> {
    const result = await runtime.invoke("dev", {});
    return result.ok ? (result.payload as DevPayload) : `${result.errorType}: ${result.message}`;
  }

  it("serves the code as first built, warm", async () => {
    await current();
    expect(await current()).toEqual({ version: "v1", greeting: "hello", invocations: 2 });
  });

  it("picks up an edit of the entry on a fresh worker", async () => {
    writeEntry(sourceDir, "bonjour");

    await expect.poll(current, { timeout: 15_000, interval: 50 }).toMatchObject({ greeting: "bonjour", invocations: 1 });
    expect(statsOf(runtime, "dev").builds).toBeGreaterThanOrEqual(2);
  });

  it("picks up an edit of an imported module (from esbuild's metafile inputs)", async () => {
    writeVersion(sourceDir, "v2");

    await expect.poll(current, { timeout: 15_000, interval: 50 }).toMatchObject({ version: "v2", greeting: "bonjour" });
  });

  it("reports a broken edit as a bundle error, and recovers on the next good one", async () => {
    writeFileSync(join(sourceDir, "version.ts"), "export const version = ;\n");
    await expect.poll(current, { timeout: 15_000, interval: 50 }).toMatch(/^Runtime\.BundleError: .*version\.ts/s);

    writeVersion(sourceDir, "v3");
    await expect.poll(current, { timeout: 15_000, interval: 50 }).toMatchObject({ version: "v3" });
    expect(statsOf(runtime, "dev").liveWorkers).toBe(1);
  });
});
