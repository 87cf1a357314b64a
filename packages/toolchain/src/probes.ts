import { spawnSync } from "node:child_process";
import { accessSync, constants, statSync } from "node:fs";
import { createRequire } from "node:module";
import { delimiter, join } from "node:path";
import type { BrowserType } from "playwright-core";

/** Everything the resolver asks of the machine, so tests can stand in for it. */
export interface Probes {
  readonly env: Readonly<Record<string, string | undefined>>;
  /** The version of the Node running this (`process.versions.node`). */
  readonly nodeVersion: string;
  /** A regular file (symlinks followed) that we may execute. */
  isExecutable(path: string): boolean;
  /** Where Playwright would keep its own Chromium; computed, never downloaded. */
  playwrightChromium(): string | undefined;
  /** The effective user id; undefined where there is none (Windows). */
  uid(): number | undefined;
  /** Runs a command with the terminal attached; answers its exit status. */
  run(command: string, args: readonly string[], env?: Record<string, string>): number;
  /** One line for the person at the terminal. */
  log(line: string): void;
}

/** The first executable called `command` on PATH. */
export function findOnPath(command: string, probes: Pick<Probes, "env" | "isExecutable">): string | undefined {
  for (const dir of (probes.env.PATH ?? "").split(delimiter)) {
    if (!dir) continue;
    const candidate = join(dir, command);
    if (probes.isExecutable(candidate)) return candidate;
  }
  return undefined;
}

function isExecutable(path: string): boolean {
  try {
    if (!statSync(path).isFile()) return false;
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function playwrightChromium(): string | undefined {
  try {
    // Loaded only when no system Chromium was found: importing playwright-core takes about half a second.
    const require = createRequire(import.meta.url);
    const { chromium } = require("playwright-core") as { chromium: BrowserType };
    return chromium.executablePath();
  } catch {
    return undefined;
  }
}

/** The real machine. */
export function systemProbes(): Probes {
  return {
    env: process.env,
    nodeVersion: process.versions.node,
    isExecutable,
    playwrightChromium,
    uid: () => process.getuid?.(),
    run(command, args, env) {
      const result = spawnSync(command, args, { stdio: "inherit", env: { ...process.env, ...env } });
      return result.error ? 127 : (result.status ?? 1);
    },
    log: (line) => console.log(line),
  };
}
