#!/usr/bin/env node
// The npm registry this project installs from serves Nx's native binary only for linux-x64/arm64-gnu.
// `npm install` then leaves nx's other platform packages out of package-lock.json, and `npm ci`
// refuses the lock ("Missing: @nx/nx-darwin-arm64@ from lock file"). This adds lock entries for those
// packages with their os/cpu, so `npm ci` accepts the lock and skips them as other platforms' builds.
// npm keeps such entries on later installs. Run it after regenerating the lock from scratch:
//   node scripts/lockfile-platform-stubs.mjs
import { readFileSync, writeFileSync } from "node:fs";

const PLATFORMS = {
  "darwin-arm64": ["darwin", "arm64"],
  "darwin-x64": ["darwin", "x64"],
  "freebsd-x64": ["freebsd", "x64"],
  "linux-arm-gnueabihf": ["linux", "arm"],
  "linux-arm64-gnu": ["linux", "arm64", "glibc"],
  "linux-arm64-musl": ["linux", "arm64", "musl"],
  "linux-x64-gnu": ["linux", "x64", "glibc"],
  "linux-x64-musl": ["linux", "x64", "musl"],
  "win32-arm64-msvc": ["win32", "arm64"],
  "win32-x64-msvc": ["win32", "x64"],
};

const path = new URL("../package-lock.json", import.meta.url);
const lock = JSON.parse(readFileSync(path, "utf8"));
const added = [];
for (const [key, entry] of Object.entries(lock.packages)) {
  for (const [dep, version] of Object.entries(entry.optionalDependencies ?? {})) {
    const platform = /^@nx\/nx-(.+)$/.exec(dep)?.[1];
    const target = `node_modules/${dep}`;
    if (!platform || !PLATFORMS[platform] || lock.packages[target] || lock.packages[`${key}/${target}`]) continue;
    const [os, cpu, libc] = PLATFORMS[platform];
    lock.packages[target] = { version, cpu: [cpu], ...(entry.dev ? { dev: true } : {}), ...(libc ? { libc: [libc] } : {}), license: "MIT", optional: true, os: [os] };
    added.push(target);
  }
}
const [root, ...rest] = Object.entries(lock.packages);
lock.packages = Object.fromEntries([root, ...rest.sort(([a], [b]) => (a < b ? -1 : 1))]);
writeFileSync(path, `${JSON.stringify(lock, null, 2)}\n`);
console.log(added.length ? `Added lock entries: ${added.join(", ")}` : "Nothing to add.");
