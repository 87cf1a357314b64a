import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
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

/** Runs `sst install` when `.sst/platform` is missing; returns how long it took (0 when present). */
export function ensureSstPlatform(log: (line: string) => void = console.log): number {
  if (platformInstalled()) return 0;
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
