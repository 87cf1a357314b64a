import { chmodSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { delimiter, join } from "node:path";
import { describe, expect, it } from "vitest";
import { findOnPath, systemProbes } from "./probes";

// The real probes, on files made here.
const dir = mkdtempSync(join(tmpdir(), "linkgate-toolchain-"));
const file = (relative: string, mode: number) => {
  const path = join(dir, relative);
  mkdirSync(join(path, ".."), { recursive: true });
  writeFileSync(path, "#!/bin/sh\n");
  chmodSync(path, mode);
  return path;
};

describe("systemProbes", () => {
  const probes = systemProbes();

  it("calls executable only a regular file with the execute bit", () => {
    expect(probes.isExecutable(file("a/tool", 0o755))).toBe(true);
    expect(probes.isExecutable(file("a/data", 0o644))).toBe(false);
    expect(probes.isExecutable(join(dir, "a"))).toBe(false);
    expect(probes.isExecutable(join(dir, "missing"))).toBe(false);
  });

  it("finds the first executable of that name on PATH", () => {
    file("b/java", 0o644);
    const second = file("c/java", 0o755);
    const env = { PATH: ["", join(dir, "b"), join(dir, "c"), join(dir, "d")].join(delimiter) };
    expect(findOnPath("java", { env, isExecutable: probes.isExecutable })).toBe(second);
    expect(findOnPath("javac", { env, isExecutable: probes.isExecutable })).toBeUndefined();
  });

  it("answers a command's exit status, and 127 for one that cannot start", () => {
    expect(probes.run("sh", ["-c", "exit 3"])).toBe(3);
    expect(probes.run("sh", ["-c", 'test "$PROBE" = yes'], { PROBE: "yes" })).toBe(0);
    expect(probes.run(join(dir, "no-such-command"), [])).toBe(127);
  });
});
