import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, rmSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

/** The repository root (where sst.config.ts and .sst/ live). */
export const REPO_ROOT = resolve(fileURLToPath(new URL("../..", import.meta.url)));
export const PLATFORM_DIR = join(REPO_ROOT, ".sst", "platform");

/**
 * SST's CLI would download Pulumi and Bun and report telemetry; none of that is needed to write
 * the platform (component sources, `config.d.ts`, the Pulumi AWS provider's npm package).
 */
export const OFFLINE_SST_ENV = {
  SST_SKIP_DEPENDENCY_CHECK: "1",
  SST_NO_BUN: "1",
  SST_TELEMETRY_DISABLED: "1",
  DO_NOT_TRACK: "1",
} as const;

export function platformInstalled(): boolean {
  return existsSync(join(PLATFORM_DIR, "config.d.ts")) && existsSync(join(PLATFORM_DIR, "node_modules", "@pulumi", "aws"));
}

const LOCK_DIR = join(REPO_ROOT, ".sst", "install.lock");
const STALE_LOCK_MS = 20 * 60_000;

/**
 * Runs `sst install` when `.sst/platform` is missing; returns how long it took (0 when present).
 * typecheck and test may both get here at once on a fresh clone: one installs, the other waits.
 */
export function ensureSstPlatform(log: (line: string) => void = console.log): number {
  // While another process installs, the platform looks complete before it is: trust it only unlocked.
  if (platformInstalled() && !existsSync(LOCK_DIR)) return 0;
  return withInstallLock(() => (platformInstalled() ? 0 : installPlatform(log)));
}

function installPlatform(log: (line: string) => void): number {
  log("Installing SST's platform into .sst/platform (sst install, offline mode)…");
  const started = process.hrtime.bigint();
  const result = spawnSync("npx", ["--no-install", "sst", "install", "--stage", "ci"], {
    cwd: REPO_ROOT,
    env: { ...process.env, ...OFFLINE_SST_ENV },
    stdio: ["ignore", "inherit", "inherit"],
  });
  if (result.status !== 0 || !platformInstalled()) {
    throw new Error(`sst install failed (exit ${result.status ?? result.signal}); .sst/platform is incomplete.`);
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  log(`sst install took ${seconds.toFixed(1)} s`);
  return seconds;
}

/** An exclusive section across processes: `mkdir` is atomic; a lock older than any install is stale. */
function withInstallLock<T>(section: () => T): T {
  mkdirSync(join(REPO_ROOT, ".sst"), { recursive: true });
  for (;;) {
    try {
      mkdirSync(LOCK_DIR);
      break;
    } catch {
      if (lockAgeMs() > STALE_LOCK_MS) rmSync(LOCK_DIR, { recursive: true, force: true });
      else Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 1_000);
    }
  }
  try {
    return section();
  } finally {
    rmSync(LOCK_DIR, { recursive: true, force: true });
  }
}

function lockAgeMs(): number {
  try {
    return Date.now() - statSync(LOCK_DIR).mtimeMs;
  } catch {
    return 0;
  }
}
