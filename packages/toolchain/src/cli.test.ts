import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { javaExecutable } from "./executables";

const cli = fileURLToPath(new URL("./cli.ts", import.meta.url));
const runCli = (args: string[], env: Record<string, string>) =>
  spawnSync(process.execPath, ["--import", "tsx", cli, ...args], { env: { ...process.env, ...env }, encoding: "utf8" });

// The set-up step as npm runs it, with overrides so that nothing is installed.
describe("the set-up command", () => {
  it("prints one line naming Node and each tool it found", () => {
    const java = javaExecutable();
    const result = runCli(["java"], { LINKGATE_JAVA: java });
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    expect(result.stdout).toBe(`Toolchain: Node ${process.versions.node} (${process.execPath}), Java ${java} (LINKGATE_JAVA)\n`);
  });

  it("fails with one line on stderr when an override is wrong", () => {
    const result = runCli(["java", "chromium"], { LINKGATE_JAVA: "/nonexistent/java" });
    expect(result.status).toBe(1);
    expect(result.stdout).toBe("");
    expect(result.stderr).toBe("LINKGATE_JAVA is set to /nonexistent/java, which is not an executable file: point it at Java's executable, or unset it to use the system's.\n");
  });
});
