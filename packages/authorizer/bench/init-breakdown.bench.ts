/**
 * Where the authorizer's cold init goes (issue 14), printed, never asserted: the shipped bundle next
 * to variants that each remove one part, built with the stack's esbuild options plus one plugin.
 * Variants are measurements only — none of them ships (packages/authorizer/README.md, "Cold init").
 *
 *   - without the bundle plugins: what `FUNCTION_BUNDLE_PLUGINS` saves (builtins through `require`,
 *     the SDK's default credential chain reduced to the environment's credentials);
 *   - no SDK: `@aws-sdk/client-dynamodb` replaced by a stub (what the DynamoDB read costs at init);
 *   - no SDK, no Logger: Powertools' Logger replaced too (what remains is ours and aws-jwt-verify).
 *
 * Two references, loaded from node_modules as a runtime would: aws-jwt-verify alone (the issue's
 * baseline), and aws-jwt-verify with `@aws-sdk/client-dynamodb` — the least any authorizer that
 * verifies a token and reads the user's status loads.
 *
 * Each run is a fresh process importing the bundle (JWKS hydration against a local Cognito
 * included), alternating between variants; CPU time is the steadier figure on a shared machine.
 *
 *   npm run bench:init -w @linkgate/authorizer          (COLD_STARTS=21 to change)
 */
import { functionBuildOptions } from "@linkgate/emulator";
import { ADMIN_GROUP } from "@linkgate/contract/groups";
import { AUTHORIZER_ENTRY, FUNCTION_BUNDLE_EXTERNAL, FUNCTION_BUNDLE_PLUGINS } from "@linkgate/functions/entries";
import { build, type Plugin } from "esbuild";
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { localModeEnvironment } from "../src/config";
import { startLocalCognito } from "../src/testing/emulator-cognito";
import { packageDir } from "./bundle";

const COLD_STARTS = Number(process.env.COLD_STARTS ?? 15);
const repoRoot = join(packageDir, "../..");
const outRoot = join(packageDir, "dist", "init-breakdown");

/** Replaces one package by a module written here. */
function stub(pattern: RegExp, contents: string): Plugin {
  return {
    name: `stub ${pattern.source}`,
    setup(b) {
      b.onResolve({ filter: pattern }, (args) => ({ path: args.path, namespace: "stub" }));
      b.onLoad({ filter: /.*/, namespace: "stub" }, (args) => (pattern.test(args.path) ? { contents, loader: "js" } : undefined));
    },
  };
}

const sdkStub = stub(/^@aws-sdk\/client-dynamodb$/, "export class DynamoDBClient { async send() { return {}; } } export class GetItemCommand { constructor(input) { this.input = input; } }");
const loggerStub = stub(/^@aws-lambda-powertools\/logger$/, "export class Logger { info() {} warn() {} error() {} addContext() {} }");
/** Each variant's plugins before the stack's own, and whether the stack's bundle plugins are in. */
const variants: Record<string, { stubs: Plugin[]; bundlePlugins: boolean }> = {
  shipped: { stubs: [], bundlePlugins: true },
  "without the bundle plugins": { stubs: [], bundlePlugins: false },
  "no SDK": { stubs: [sdkStub], bundlePlugins: true },
  "no SDK, no Logger": { stubs: [sdkStub, loggerStub], bundlePlugins: true },
};

async function buildVariant(name: string, { stubs, bundlePlugins }: { stubs: Plugin[]; bundlePlugins: boolean }): Promise<{ file: string; bytes: number }> {
  const dir = join(outRoot, name.replace(/[^a-z]+/gi, "-"));
  mkdirSync(dir, { recursive: true });
  const file = join(dir, "handler.mjs");
  const options = await functionBuildOptions({ entry: join(repoRoot, AUTHORIZER_ENTRY.file), outfile: file, rootDir: repoRoot, external: [...FUNCTION_BUNDLE_EXTERNAL], minify: true, ...(bundlePlugins ? { plugins: FUNCTION_BUNDLE_PLUGINS } : {}) });
  const result = await build({ ...options, plugins: [...stubs, ...(options.plugins ?? [])], write: true, logLevel: "silent" });
  return { file, bytes: result.metafile.outputs[Object.keys(result.metafile.outputs).find((out) => out.endsWith(".mjs")) ?? ""]?.bytes ?? 0 };
}

function coldInit(url: string, env: Record<string, string>): { ms: number; cpuMs: number } {
  const script = [
    "const cpu=()=>{const u=process.cpuUsage();return (u.user+u.system)/1000};",
    "const t0=performance.now(),c0=cpu();",
    `await import(${JSON.stringify(url)});`,
    "process.stdout.write(JSON.stringify({ms:performance.now()-t0,cpuMs:cpu()-c0}));",
  ].join("");
  const out = execFileSync(process.execPath, ["--input-type=module", "-e", script], {
    env: { ...process.env, ...env, AWS_REGION: "us-east-1", AWS_ACCESS_KEY_ID: "local", AWS_SECRET_ACCESS_KEY: "local", POWERTOOLS_LOG_LEVEL: "WARN" },
    encoding: "utf8",
    cwd: packageDir,
  });
  return JSON.parse(out) as { ms: number; cpuMs: number };
}

const JWT_VERIFY_ALONE = "aws-jwt-verify alone";
const BOTH_REFERENCES = "aws-jwt-verify + client-dynamodb";
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;

/** A module importing both references, under dist/ so that both resolve from the workspace. */
function bothReferencesModule(): string {
  mkdirSync(outRoot, { recursive: true });
  const file = join(outRoot, "jwt-verify-and-dynamodb.mjs");
  writeFileSync(file, 'import "aws-jwt-verify";\nimport "@aws-sdk/client-dynamodb";\n');
  return pathToFileURL(file).href;
}

async function main(): Promise<void> {
  const built = Object.fromEntries(await Promise.all(Object.entries(variants).map(async ([name, variant]) => [name, await buildVariant(name, variant)] as const)));
  const bothReferences = bothReferencesModule();
  const cognito = await startLocalCognito({ dataDir: mkdtempSync(join(tmpdir(), "linkgate-authorizer-init-")), groups: [ADMIN_GROUP] });
  try {
    const env = localModeEnvironment({ ...cognito, ownersTable: "bench-Owners" });
    const targets: Record<string, string> = { [JWT_VERIFY_ALONE]: "aws-jwt-verify", [BOTH_REFERENCES]: bothReferences, ...Object.fromEntries(Object.entries(built).map(([name, { file }]) => [name, pathToFileURL(file).href])) };
    const runs = Object.fromEntries(Object.keys(targets).map((name) => [name, [] as { ms: number; cpuMs: number }[]]));
    for (const url of Object.values(targets)) coldInit(url, env); // warm the file cache
    for (let i = 0; i < COLD_STARTS; i++) for (const [name, url] of Object.entries(targets)) runs[name]?.push(coldInit(url, env));
    const medians = Object.fromEntries(Object.entries(runs).map(([name, list]) => [name, { ms: median(list.map((r) => r.ms)), cpuMs: median(list.map((r) => r.cpuMs)) }]));
    const baseline = medians[JWT_VERIFY_ALONE]!;
    console.log(`\nAuthorizer cold init by part (node ${process.version}; median of ${COLD_STARTS} fresh processes, alternating; ratio to ${JWT_VERIFY_ALONE})`);
    const width = Math.max(...Object.keys(medians).map((name) => name.length));
    console.log(`  ${"variant".padEnd(width)}  ${"bundle".padStart(9)}  ${"wall".padStart(14)}  ${"CPU".padStart(14)}`);
    for (const [name, { ms, cpuMs }] of Object.entries(medians)) {
      const bytes = built[name] ? `${(built[name].bytes / 1000).toFixed(1)} KB` : "";
      console.log(`  ${name.padEnd(width)}  ${bytes.padStart(9)}  ${`${ms.toFixed(1)} ms ×${(ms / baseline.ms).toFixed(2)}`.padStart(14)}  ${`${cpuMs.toFixed(1)} ms ×${(cpuMs / baseline.cpuMs).toFixed(2)}`.padStart(14)}`);
    }
    console.log(`  shipped against ${BOTH_REFERENCES} alone: ×${(medians.shipped!.ms / medians[BOTH_REFERENCES]!.ms).toFixed(2)} wall`);
  } finally {
    await cognito.stop();
    rmSync(outRoot, { recursive: true, force: true });
  }
}

await main();
