import { bundleFunction } from "@linkgate/emulator";
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FUNCTION_BUNDLE_PLUGINS } from "../src/entries";
import { repoRoot } from "../bench/function-bundles";

// A bundle built with the stack's plugins (FUNCTION_BUNDLE_PLUGINS), run in a fresh Node process
// as Lambda runs it: the SDK signs with the environment's credentials, builtins still work.
let bundleDir: string;
let bundleFile: string;

beforeAll(async () => {
  bundleDir = mkdtempSync(join(tmpdir(), "linkgate-bundle-plugins-"));
  const bundle = await bundleFunction(
    { functionName: "sdkCredentials", entry: "packages/functions/tests/fixtures/sdk-credentials.ts", handlerName: "handler", generation: 1 },
    { rootDir: repoRoot, bundleDir, external: [], minify: true, plugins: FUNCTION_BUNDLE_PLUGINS },
  );
  bundleFile = fileURLToPath(bundle.url);
}, 60_000);

afterAll(() => rmSync(bundleDir, { recursive: true, force: true }));

/** Runs the bundle's handler in a fresh process with only `env`; its answer, or the error it printed. */
function runBundle(env: Record<string, string>): { answer?: Record<string, string>; error?: string } {
  const script = `import(${JSON.stringify(bundleFile)}).then((m) => m.handler()).then((a) => process.stdout.write(JSON.stringify({ answer: a })), (e) => process.stdout.write(JSON.stringify({ error: e.name + ": " + e.message })));`;
  return JSON.parse(execFileSync(process.execPath, ["-e", script], { env: { PATH: process.env.PATH ?? "", AWS_REGION: "us-east-1", ...env }, encoding: "utf8" })) as { answer?: Record<string, string>; error?: string };
}

describe("a function bundled with the stack's plugins", () => {
  it("signs with the credentials Lambda puts in the environment", () => {
    const { answer } = runBundle({ AWS_ACCESS_KEY_ID: "AKIDROLE", AWS_SECRET_ACCESS_KEY: "role-secret", AWS_SESSION_TOKEN: "role-session" });
    expect(answer).toMatchObject({ accessKeyId: "AKIDROLE", sessionToken: "role-session" });
  });

  it("says which credentials are missing when the environment has none", () => {
    expect(runBundle({}).error).toBe("CredentialsProviderError: Unable to find environment variable credentials.");
  });

  it("still runs the builtins it reads through require", () => {
    const { answer } = runBundle({ AWS_ACCESS_KEY_ID: "AKIDROLE", AWS_SECRET_ACCESS_KEY: "role-secret" });
    expect(answer?.digest).toBe(createHash("sha256").update("linkgate").digest("hex").slice(0, 12));
  });

  it("has neither the default chain's code nor an ES module import of a builtin", () => {
    const code = readFileSync(bundleFile, "utf8");
    // Booleans, not the code itself: a failure would print the whole bundle.
    expect(/fromSSO|fromTokenFile|fromContainerMetadata/.test(code), "the default chain's providers").toBe(false);
    // The banner's two imports (module, url) are SST's; the fixture's node:crypto goes through
    // esbuild's `__require` (minified), which calls the banner's `require`.
    expect(code.match(/^import .* from "[^"]+";$/gm)).toEqual(['import { createRequire as topLevelCreateRequire } from "module";', 'import { fileURLToPath as topLevelFileUrlToPath, URL as topLevelURL } from "url";']);
    expect(/from ?"node:crypto"/.test(code), "an ES module import of node:crypto").toBe(false);
    expect(/[\w$]+\("node:crypto"\)/.test(code), "a require of node:crypto").toBe(true);
  });
});
