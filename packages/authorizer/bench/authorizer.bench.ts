/**
 * Authorizer figures (printed, never asserted; a shared 2-core machine varies ±40% between runs):
 *   - bundle size of the shipped artifact (ESM, minified, @aws-sdk/* external);
 *   - cold init: a fresh Node process importing that bundle, which builds the verifier and
 *     hydrates the JWKS at module scope (top-level await), as a Lambda cold start does;
 *   - warm verify: one access-token verification with keys cached, p50/p99 over many runs;
 *   - warm authorize: verify + cached user status + policy (the whole handler path minus logging).
 * Targets: cold init ≤ 50 ms, warm verify p50 ≤ 60 µs, bundle ≤ 100 KB.
 *
 *   npm run bench -w @linkgate/authorizer          (VERIFICATIONS=20000 COLD_STARTS=7 to change)
 */
import { ADMIN_GROUP } from "@linkgate/contract/groups";
import { execFileSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import { createAccessTokenVerifier } from "../src/access-token-verifier";
import { createAuthorize } from "../src/authorize";
import { localModeEnvironment, readAuthorizerConfig } from "../src/config";
import { createTestUser, signIn, startLocalCognito } from "../src/testing/emulator-cognito";
import { tokenEvent } from "../src/testing/events";
import { bundleAuthorizer } from "./bundle";

const VERIFICATIONS = Number(process.env.VERIFICATIONS ?? 20_000);
const COLD_STARTS = Number(process.env.COLD_STARTS ?? 7);
const WARMUP = 500;

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
const median = (values: number[]) => percentile([...values].sort((a, b) => a - b), 50);

async function timeEach(count: number, op: () => Promise<unknown>): Promise<number[]> {
  for (let i = 0; i < WARMUP; i++) await op();
  const micros: number[] = [];
  for (let i = 0; i < count; i++) {
    const start = process.hrtime.bigint();
    await op();
    micros.push(Number(process.hrtime.bigint() - start) / 1_000);
  }
  return micros.sort((a, b) => a - b);
}

interface ColdInit {
  sdkMs: number;
  ownMs: number;
  sdkCpuMs: number;
  ownCpuMs: number;
}

/**
 * One cold start in a fresh process, in two timed steps: loading `@aws-sdk/client-dynamodb` (external:
 * the Lambda runtime provides it, but loading it is still part of the cold start), then importing
 * the bundle, which builds everything and hydrates the JWKS before the import resolves.
 */
function coldInit(bundleFile: string, env: Record<string, string>): ColdInit {
  // CPU time next to wall time: on a shared, loaded machine wall time mostly measures waiting.
  const script = [
    "const cpu=()=>{const u=process.cpuUsage();return (u.user+u.system)/1000};",
    "const t0=performance.now(),c0=cpu();",
    'await import("@aws-sdk/client-dynamodb");',
    "const t1=performance.now(),c1=cpu();",
    `await import(${JSON.stringify(pathToFileURL(bundleFile).href)});`,
    "const t2=performance.now(),c2=cpu();",
    "process.stdout.write(JSON.stringify({sdkMs:t1-t0,ownMs:t2-t1,sdkCpuMs:c1-c0,ownCpuMs:c2-c1}));",
  ].join("");
  const out = execFileSync(process.execPath, ["--input-type=module", "-e", script], {
    env: { ...process.env, ...env, AWS_REGION: "us-east-1", AWS_ACCESS_KEY_ID: "local", AWS_SECRET_ACCESS_KEY: "local", POWERTOOLS_LOG_LEVEL: "WARN" },
    encoding: "utf8",
    // Resolve the external @aws-sdk/* from the workspace, as the bundle will.
    cwd: dirname(bundleFile),
  });
  return JSON.parse(out) as ColdInit;
}

async function main(): Promise<void> {
  const bundle = await bundleAuthorizer();
  const cognito = await startLocalCognito({ dataDir: mkdtempSync(join(tmpdir(), "linkgate-authorizer-bench-")), groups: [ADMIN_GROUP] });
  try {
    const user = await createTestUser(cognito, { username: "bench", groups: [ADMIN_GROUP] });
    const { accessToken } = await signIn(cognito, user.username, user.password);
    const env = localModeEnvironment({ ...cognito, ownersTable: "bench-Owners" });

    const coldStarts = Array.from({ length: COLD_STARTS }, () => coldInit(bundle.file, env));
    const own = coldStarts.map((c) => c.ownMs);
    const total = coldStarts.map((c) => c.ownMs + c.sdkMs);
    const ownCpu = coldStarts.map((c) => c.ownCpuMs);
    const totalCpu = coldStarts.map((c) => c.ownCpuMs + c.sdkCpuMs);

    const config = readAuthorizerConfig({ ...process.env, ...env }, (link, field) => (JSON.parse(env[`SST_RESOURCE_${link}`] ?? "{}") as Record<string, unknown>)[field]);
    const verifier = createAccessTokenVerifier(config);
    await verifier.hydrate();
    const verify = await timeEach(VERIFICATIONS, () => verifier.verify(accessToken));
    // Status as the warm path sees it: answered from the per-user cache, no DynamoDB call.
    const authorize = createAuthorize({ verifier, userStatus: { isDisabled: async () => false } });
    const event = tokenEvent(`Bearer ${accessToken}`, "GET", "/admin/users");
    const authorizeTimes = await timeEach(VERIFICATIONS, () => authorize(event));

    const rows = [
      ["bundle size (ESM, minified, @aws-sdk external)", `${(bundle.bytes / 1024).toFixed(1)} KB`, "≤ 100 KB"],
      [`cold init: bundle import + hydrate (median of ${COLD_STARTS} fresh processes)`, `${median(own).toFixed(1)} ms (min ${Math.min(...own).toFixed(1)}; CPU ${median(ownCpu).toFixed(1)} ms)`, "≤ 50 ms"],
      ["cold init: + loading the runtime's @aws-sdk/client-dynamodb first", `${median(total).toFixed(1)} ms (min ${Math.min(...total).toFixed(1)}; CPU ${median(totalCpu).toFixed(1)} ms)`, ""],
      [`warm verify p50 / p99 (${VERIFICATIONS} verifications)`, `${percentile(verify, 50).toFixed(1)} / ${percentile(verify, 99).toFixed(1)} µs`, "p50 ≤ 60 µs"],
      [`warm authorize p50 / p99 (verify + cached status + policy)`, `${percentile(authorizeTimes, 50).toFixed(1)} / ${percentile(authorizeTimes, 99).toFixed(1)} µs`, ""],
    ];
    const width = Math.max(...rows.map((row) => row[0]?.length ?? 0));
    console.log(`\nLinkgate authorizer bench (node ${process.version})`);
    for (const [what, figure, target] of rows) console.log(`  ${what?.padEnd(width)}  ${figure?.padEnd(46)}  ${target}`);
  } finally {
    await cognito.stop();
  }
}

await main();
