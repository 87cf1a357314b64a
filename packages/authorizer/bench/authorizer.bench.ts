/**
 * Authorizer figures (printed, never asserted; a shared 2-core machine varies ±40% between runs):
 *   - bundle size as the stack builds it, with the AWS SDK bundled (what ships) and left external;
 *   - cold init: a fresh Node process importing that bundle, which builds the verifier and
 *     hydrates the JWKS at module scope (top-level await), as a Lambda cold start does, next to
 *     loading aws-jwt-verify alone in the same run (issue 14: init ≤ 1.5× that);
 *   - warm verify: one access-token verification with keys cached, p50/p99 over many runs;
 *   - warm authorize: verify + cached user status + policy (the whole handler path minus logging).
 * Targets: cold init ≤ 1.5× aws-jwt-verify alone, warm verify p50 ≤ 60 µs, bundle (SDK external) ≤ 100 KB.
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
import { bundleAuthorizer, packageDir, shippedSdkPlacement, type SdkPlacement } from "./bundle";

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
  ms: number;
  cpuMs: number;
}

/**
 * One cold start in a fresh process: from before `import()` of the bundle until it resolved, which
 * builds everything and hydrates the JWKS before the import resolves (top-level await), as a
 * Lambda init does. `url` may be a package instead of a bundle, for the baseline.
 */
function coldInit(url: string, env: Record<string, string>, cwd: string): ColdInit {
  // CPU time next to wall time: on a shared, loaded machine wall time mostly measures waiting.
  const script = [
    "const cpu=()=>{const u=process.cpuUsage();return (u.user+u.system)/1000};",
    "const t0=performance.now(),c0=cpu();",
    `await import(${JSON.stringify(url)});`,
    "process.stdout.write(JSON.stringify({ms:performance.now()-t0,cpuMs:cpu()-c0}));",
  ].join("");
  const out = execFileSync(process.execPath, ["--input-type=module", "-e", script], {
    env: { ...process.env, ...env, AWS_REGION: "us-east-1", AWS_ACCESS_KEY_ID: "local", AWS_SECRET_ACCESS_KEY: "local", POWERTOOLS_LOG_LEVEL: "WARN" },
    encoding: "utf8",
    // Bare names (the baseline, an external @aws-sdk/*) resolve from the workspace, as the bundle's would.
    cwd,
  });
  return JSON.parse(out) as ColdInit;
}

const INIT_LIMIT_RATIO = 1.5;
const placements: SdkPlacement[] = ["bundled", "external"];

async function main(): Promise<void> {
  const bundles = Object.fromEntries(await Promise.all(placements.map(async (sdk) => [sdk, await bundleAuthorizer("bench", sdk)] as const)));
  const cognito = await startLocalCognito({ dataDir: mkdtempSync(join(tmpdir(), "linkgate-authorizer-bench-")), groups: [ADMIN_GROUP] });
  try {
    const user = await createTestUser(cognito, { username: "bench", groups: [ADMIN_GROUP] });
    const { accessToken } = await signIn(cognito, user.username, user.password);
    const env = localModeEnvironment({ ...cognito, ownersTable: "bench-Owners" });

    // The baseline and both bundles alternate, so that a burst of load on the machine hits all of them.
    const targets: Record<string, { url: string; cwd: string }> = {
      "aws-jwt-verify alone": { url: "aws-jwt-verify", cwd: packageDir },
      ...Object.fromEntries(placements.map((sdk) => [`authorizer, SDK ${sdk}`, { url: pathToFileURL(bundles[sdk]!.file).href, cwd: dirname(bundles[sdk]!.file) }])),
    };
    const runs = Object.fromEntries(Object.keys(targets).map((name) => [name, [] as ColdInit[]]));
    for (const { url, cwd } of Object.values(targets)) coldInit(url, env, cwd); // warm the file cache
    for (let i = 0; i < COLD_STARTS; i++) for (const [name, { url, cwd }] of Object.entries(targets)) runs[name]?.push(coldInit(url, env, cwd));
    const baseline = median((runs["aws-jwt-verify alone"] ?? []).map((run) => run.ms));

    const config = readAuthorizerConfig({ ...process.env, ...env }, (link, field) => (JSON.parse(env[`SST_RESOURCE_${link}`] ?? "{}") as Record<string, unknown>)[field]);
    const verifier = createAccessTokenVerifier(config);
    await verifier.hydrate();
    const verify = await timeEach(VERIFICATIONS, () => verifier.verify(accessToken));
    // Status as the warm path sees it: answered from the per-user cache, no DynamoDB call.
    const authorize = createAuthorize({ verifier, userStatus: { isDisabled: async () => false } });
    const event = tokenEvent(`Bearer ${accessToken}`, "GET", "/admin/users");
    const authorizeTimes = await timeEach(VERIFICATIONS, () => authorize(event));

    const initRow = (name: string): string[] => {
      const ms = (runs[name] ?? []).map((run) => run.ms);
      const ratio = median(ms) / baseline;
      const figure = `${median(ms).toFixed(1)} ms (min ${Math.min(...ms).toFixed(1)}; CPU ${median((runs[name] ?? []).map((run) => run.cpuMs)).toFixed(1)} ms)`;
      return [`cold init: ${name}${name.includes(shippedSdkPlacement) ? " (ships)" : ""}`, name.startsWith("authorizer") ? `${figure} ×${ratio.toFixed(2)}` : figure, name.startsWith("authorizer") ? `≤ ${INIT_LIMIT_RATIO}× baseline ${ratio <= INIT_LIMIT_RATIO ? "ok" : "OVER"}` : "baseline"];
    };
    const rows = [
      ...placements.map((sdk) => [`bundle size, SDK ${sdk}${sdk === shippedSdkPlacement ? " (ships)" : ""}`, `${(bundles[sdk]!.bytes / 1000).toFixed(1)} KB`, sdk === "external" ? "≤ 100 KB" : ""]),
      ...Object.keys(targets).map(initRow),
      [`warm verify p50 / p99 (${VERIFICATIONS} verifications)`, `${percentile(verify, 50).toFixed(1)} / ${percentile(verify, 99).toFixed(1)} µs`, "p50 ≤ 60 µs"],
      [`warm authorize p50 / p99 (verify + cached status + policy)`, `${percentile(authorizeTimes, 50).toFixed(1)} / ${percentile(authorizeTimes, 99).toFixed(1)} µs`, ""],
    ];
    const width = Math.max(...rows.map((row) => row[0]?.length ?? 0));
    console.log(`\nLinkgate authorizer bench (node ${process.version}; cold init: median of ${COLD_STARTS} fresh processes, alternating)`);
    for (const [what, figure, target] of rows) console.log(`  ${what?.padEnd(width)}  ${figure?.padEnd(46)}  ${target}`);
  } finally {
    await cognito.stop();
  }
}

await main();
