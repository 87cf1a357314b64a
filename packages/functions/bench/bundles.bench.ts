/**
 * Function bundles and cold init (issue 14, goals 1 and 2), every figure with its limit:
 *   - each function's bundle size, built with the stack's own esbuild options, with the AWS SDK
 *     left to the runtime (`@aws-sdk/*` external) and bundled (tree-shaken);
 *   - the redirect function's init in a fresh Node process (from before `import()` of its bundle
 *     until the handler export is ready, module-level init included, with the environment the stack
 *     gives it) next to loading `@aws-sdk/client-dynamodb` alone, measured in the same run,
 *     alternating, median of COLD_STARTS runs each. The authorizer's: `npm run bench -w @linkgate/authorizer`.
 * Figures vary between runs on a shared machine: only the ratios of one run mean anything; never asserted.
 *
 *   npm run bench -w @linkgate/functions        (COLD_STARTS=15 to change; BUNDLES_ROOT=<checkout> to measure another tree)
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";
import { functionsEnvironment } from "../src/config";
import { FUNCTION_BUNDLE_EXTERNAL } from "../src/entries";
import { KB, sizeGoalBytes, sizeLimitBytes } from "./bundle-rules";
import { allFunctions, buildAll, bytesByPackage, repoRoot, writeBundle, type SdkPlacement } from "./function-bundles";

const COLD_STARTS = Number(process.env.COLD_STARTS ?? 11);
const INIT_LIMIT_RATIO = 1.5;

const kb = (bytes: number) => `${(bytes / KB).toFixed(1)} KB`;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;

/** What the stack gives the functions (SST links as SST_RESOURCE_*), plus a region and dummy credentials. */
const functionEnv: Record<string, string> = {
  PATH: process.env.PATH ?? "",
  AWS_REGION: "us-east-1",
  AWS_ACCESS_KEY_ID: "local",
  AWS_SECRET_ACCESS_KEY: "local",
  ...functionsEnvironment({
    tableNames: { Links: "bench-Links", Owners: "bench-Owners", Partners: "bench-Partners", Idempotency: "bench-Idempotency", Connections: "bench-Connections", UpgradeRequests: "bench-UpgradeRequests" },
    shortBaseUrl: "https://lnk.test",
    cursorSecret: "bench-cursor-secret-0123456789",
    restApiId: "bench",
    stage: "bench",
    apiName: "linkgate-bench-Api",
    userPoolId: "us-east-1_bench",
    userPoolClientId: "bench-client",
  }),
};

/** Milliseconds from before `import(url)` until it resolved, in a fresh Node process. */
function initMs(url: string): number {
  const script = `const t0 = performance.now(); await import(${JSON.stringify(url)}); process.stdout.write(String(performance.now() - t0));`;
  return Number(execFileSync(process.execPath, ["--input-type=module", "-e", script], { env: functionEnv, encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] }));
}

async function sizes(): Promise<void> {
  const [external, bundled] = [await buildAll("external"), await buildAll("bundled")];
  console.log(`\nBundle sizes (minified ESM as the stack builds them; KB = 1,000 B). Goals count the code with the SDK external.`);
  console.log(`  ${"function".padEnd(22)} ${"SDK external".padStart(12)} ${"SDK bundled".padStart(12)} ${"goal".padStart(9)}       largest parts (SDK external)`);
  let over = 0;
  for (const fn of allFunctions) {
    const bytes = external.get(fn.name)?.bytes ?? 0;
    const limit = sizeGoalBytes(fn.name);
    if (bytes > limit) over += 1;
    const parts = bytesByPackage(external.get(fn.name)!).slice(0, 3).map(([name, size]) => `${name} ${kb(size)}`).join(", ");
    console.log(`  ${fn.name.padEnd(22)} ${kb(bytes).padStart(12)} ${kb(bundled.get(fn.name)?.bytes ?? 0).padStart(12)} ${kb(limit).padStart(9)} ${bytes > limit ? `OVER (test: ≤ ${kb(sizeLimitBytes(fn.name))})` : "ok"} ${parts}`);
  }
  console.log(`  ${over === 0 ? "every bundle within its goal" : `${over} bundle(s) over their goal`}; the AWS SDK ships ${FUNCTION_BUNDLE_EXTERNAL.length === 0 ? "bundled" : "external"} (FUNCTION_BUNDLE_EXTERNAL)`);
}

async function initTimes(): Promise<void> {
  const redirect = allFunctions.find((fn) => fn.name === "redirect")!;
  const placements: SdkPlacement[] = ["external", "bundled"];
  const urls: Record<string, string> = {
    // What the runtime's SDK costs to load, resolved as the external bundle resolves it.
    "@aws-sdk/client-dynamodb alone": pathToFileURL(createRequire(`${repoRoot}/packages/core/package.json`).resolve("@aws-sdk/client-dynamodb")).href,
  };
  const bundleDir = mkdtempSync(join(tmpdir(), "linkgate-bundles-bench-"));
  process.on("exit", () => rmSync(bundleDir, { recursive: true, force: true }));
  for (const sdk of placements) urls[`redirect, SDK ${sdk}`] = (await writeBundle(redirect, sdk, bundleDir)).url;
  for (const url of Object.values(urls)) initMs(url); // warm the file cache
  const runs = Object.fromEntries(Object.keys(urls).map((name) => [name, [] as number[]]));
  for (let i = 0; i < COLD_STARTS; i += 1) for (const [name, url] of Object.entries(urls)) runs[name]?.push(initMs(url));
  const baseline = median(runs["@aws-sdk/client-dynamodb alone"] ?? []);
  console.log(`\nCold init in a fresh process (node ${process.version}; median of ${COLD_STARTS}, alternating; limit ${INIT_LIMIT_RATIO}× the baseline)`);
  for (const [name, values] of Object.entries(runs)) {
    const ms = median(values);
    const ratio = ms / baseline;
    const verdict = name.startsWith("redirect") ? `×${ratio.toFixed(2)} ${ratio <= INIT_LIMIT_RATIO ? "ok" : "OVER"}` : "baseline";
    console.log(`  ${name.padEnd(32)} ${`${ms.toFixed(1)} ms`.padStart(10)}  (min ${Math.min(...values).toFixed(1)})  ${verdict}`);
  }
}

console.log(`Linkgate function bundles (${repoRoot})`);
await sizes();
await initTimes();
