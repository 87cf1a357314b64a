import { describe, expect, it } from "vitest";
import { ensureTools, locateTool } from "./ensure";
import { fakeMachine } from "./fake-machine";
import { ToolchainError } from "./tool";
import { chromium, java } from "./tools";

const APT = "/usr/bin/apt-get";
const debianPackages = { chromium: ["/usr/bin/chromium"], "default-jre-headless": ["/usr/bin/java"] };

function failure(run: () => unknown): ToolchainError {
  try {
    run();
  } catch (error) {
    if (error instanceof ToolchainError) return error;
    throw error;
  }
  throw new Error("expected a ToolchainError");
}

describe("ensureTools", () => {
  it("runs nothing and prints nothing when every tool is there", () => {
    const machine = fakeMachine({ files: [APT, "/usr/bin/java", "/usr/bin/chromium"], uid: 0 });
    expect(ensureTools([java, chromium], machine).map((tool) => tool.path)).toEqual(["/usr/bin/java", "/usr/bin/chromium"]);
    expect(machine.commands).toEqual([]);
    expect(machine.lines).toEqual([]);
  });

  it("as root with apt-get, installs Debian's chromium, says why in one line, then finds it", () => {
    const machine = fakeMachine({ files: [APT, "/usr/bin/java"], uid: 0, aptPackages: debianPackages });
    expect(ensureTools([java, chromium], machine)).toEqual([
      { path: "/usr/bin/java", source: "PATH" },
      { path: "/usr/bin/chromium", source: "system" },
    ]);
    expect(machine.commands).toEqual([
      "DEBIAN_FRONTEND=noninteractive apt-get update",
      "DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends chromium",
    ]);
    expect(machine.lines).toEqual([
      "Installing chromium with apt-get: Chromium (the console's browser tests drive it) was not found (set LINKGATE_CHROMIUM to use another).",
    ]);
  });

  it("installs everything missing with one update and one install", () => {
    const machine = fakeMachine({ files: [APT], uid: 0, aptPackages: debianPackages });
    expect(ensureTools([java, chromium], machine).map((tool) => tool.path)).toEqual(["/usr/bin/java", "/usr/bin/chromium"]);
    expect(machine.commands).toEqual([
      "DEBIAN_FRONTEND=noninteractive apt-get update",
      "DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends default-jre-headless chromium",
    ]);
  });

  it("as another user, fails with exactly one line saying what to do, and installs nothing", () => {
    const machine = fakeMachine({ files: [APT, "/usr/bin/java"], uid: 1000, aptPackages: debianPackages });
    const error = failure(() => ensureTools([java, chromium], machine));
    expect(error.message).toBe(
      "Chromium (the console's browser tests drive it) not found: run `sudo apt-get install -y chromium`, or set LINKGATE_CHROMIUM to its executable.",
    );
    expect(error.message).not.toContain("\n");
    expect(machine.commands).toEqual([]);
    expect(machine.lines).toEqual([]);
  });

  it("as root without apt-get, says to use the system's package manager", () => {
    const machine = fakeMachine({ uid: 0 });
    expect(failure(() => ensureTools([java], machine)).message).toBe(
      "Java (DynamoDB Local runs on it) not found: install Java with the system's package manager (on Debian/Ubuntu: `apt-get install -y default-jre-headless`), or set LINKGATE_JAVA to its executable.",
    );
    expect(machine.commands).toEqual([]);
  });

  it("turns a failed install into a clear error naming the command and its exit status", () => {
    const machine = fakeMachine({ files: [APT], uid: 0, exitStatus: { "apt-get install -y --no-install-recommends chromium": 100 } });
    expect(failure(() => ensureTools([chromium], machine)).message).toBe(
      "`apt-get install -y --no-install-recommends chromium` failed (exit 100; its output is above): install chromium yourself, or set LINKGATE_CHROMIUM.",
    );
  });

  it("says so when the install succeeded but the tool is still not found", () => {
    const machine = fakeMachine({ files: [APT], uid: 0, aptPackages: {} });
    expect(failure(() => ensureTools([chromium], machine)).message).toBe(
      "apt-get installed chromium, but Chromium is still not found: set LINKGATE_CHROMIUM to its executable.",
    );
  });

  it("still tries the install when apt-get update fails", () => {
    const machine = fakeMachine({ files: [APT], uid: 0, aptPackages: debianPackages, exitStatus: { "apt-get update": 100 } });
    expect(ensureTools([chromium], machine)[0]?.path).toBe("/usr/bin/chromium");
    expect(machine.commands).toHaveLength(2);
    expect(machine.lines[1]).toBe("apt-get update failed (exit 100); trying the install with the package lists already there.");
  });

  it("never installs over a broken override", () => {
    const machine = fakeMachine({ files: [APT], uid: 0, env: { LINKGATE_JAVA: "/missing/java" }, aptPackages: debianPackages });
    expect(failure(() => ensureTools([java], machine)).message).toMatch(/^LINKGATE_JAVA is set to \/missing\/java/);
    expect(machine.commands).toEqual([]);
  });
});

describe("locateTool", () => {
  it("never installs, even as root: it says what to run", () => {
    const machine = fakeMachine({ files: [APT], uid: 0, aptPackages: debianPackages });
    expect(failure(() => locateTool(java, machine)).message).toBe(
      "Java (DynamoDB Local runs on it) not found: run `apt-get install -y default-jre-headless`, or set LINKGATE_JAVA to its executable.",
    );
    expect(machine.commands).toEqual([]);
  });

  it("answers the tool it finds", () => {
    expect(locateTool(chromium, fakeMachine({ files: ["/usr/bin/chromium"] }))).toEqual({ path: "/usr/bin/chromium", source: "system" });
  });
});
