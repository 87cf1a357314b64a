import { functionBuildOptions } from "@linkgate/emulator";
import { FUNCTION_BUNDLE_PLUGINS } from "@linkgate/functions/entries";
import { build, type Metafile } from "esbuild";
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { builtinModules } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sstFunctionSettings } from "../mapping";
import { ensureSstPlatform, REPO_ROOT } from "../typecheck/sst-platform";
import { sstPluginHost, type SstPluginHost } from "./support/sst-plugin-host";

// The functions' bundle plugins run in SST's own plugin host when SST builds them for a deploy:
// built through it, a bundle must come out as the local stack's does (packages/functions tests).
let host: SstPluginHost;
let outDir: string;
let outfile: string;
let metafile: Metafile;

beforeAll(async () => {
  ensureSstPlatform();
  host = sstPluginHost(sstFunctionSettings.nodejs.plugins);
  outDir = mkdtempSync(join(tmpdir(), "linkgate-sst-plugins-"));
  outfile = join(outDir, "sdk-credentials.mjs");
  // The stack's esbuild options (SST's) with SST's bridge in place of the plugins loaded natively.
  const options = await functionBuildOptions({ entry: join(REPO_ROOT, "packages/functions/tests/fixtures/sdk-credentials.ts"), outfile, rootDir: REPO_ROOT, external: [], minify: true });
  ({ metafile } = await build({ ...options, plugins: [host.plugin, ...(options.plugins ?? [])], logLevel: "silent" }));
}, 120_000);

afterAll(() => {
  host?.close();
  if (outDir) rmSync(outDir, { recursive: true, force: true });
});

describe("the functions' bundle plugins in SST's plugin host", () => {
  it("are the file SST is told to use", () => {
    expect(sstFunctionSettings.nodejs.plugins).toBe(FUNCTION_BUNDLE_PLUGINS);
  });

  it("leave the SDK's default credential chain out", () => {
    expect(Object.keys(metafile.inputs).filter((input) => /node_modules\/@aws-sdk\/credential-provider-(?!env\/)/.test(input))).toEqual([]);
    expect(Object.keys(metafile.inputs).some((input) => input.includes("node_modules/@aws-sdk/credential-provider-env/"))).toBe(true);
  });

  it("turn every ES module import of a builtin into a require", () => {
    const builtins = new Set(builtinModules.flatMap((name) => [name, `node:${name}`]));
    const imports = Object.values(metafile.outputs).flatMap((output) => output.imports);
    expect(imports.filter((entry) => builtins.has(entry.path) && entry.kind === "import-statement")).toEqual([]);
    expect(imports.some((entry) => entry.path === "node:crypto" && entry.kind === "require-call")).toBe(true);
  });

  it("build a bundle that signs with the environment's credentials", () => {
    const script = `import(${JSON.stringify(outfile)}).then((m) => m.handler()).then((a) => process.stdout.write(JSON.stringify(a)));`;
    const answer = JSON.parse(execFileSync(process.execPath, ["-e", script], { env: { PATH: process.env.PATH ?? "", AWS_REGION: "us-east-1", AWS_ACCESS_KEY_ID: "AKIDROLE", AWS_SECRET_ACCESS_KEY: "role-secret", AWS_SESSION_TOKEN: "role-session" }, encoding: "utf8" })) as Record<string, string>;
    expect(answer).toMatchObject({ accessKeyId: "AKIDROLE", sessionToken: "role-session" });
  });
});
