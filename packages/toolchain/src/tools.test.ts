import { describe, expect, it } from "vitest";
import { fakeMachine } from "./fake-machine";
import { findTool, ToolchainError } from "./tool";
import { chromium, java } from "./tools";

describe("finding Chromium", () => {
  it("takes LINKGATE_CHROMIUM over the system's and Playwright's", () => {
    const machine = fakeMachine({ files: ["/opt/chrome/chrome", "/usr/bin/chromium", "/pw/chrome"], env: { LINKGATE_CHROMIUM: "/opt/chrome/chrome" }, playwright: "/pw/chrome" });
    expect(findTool(chromium, machine)).toEqual({ path: "/opt/chrome/chrome", source: "LINKGATE_CHROMIUM" });
  });

  it("refuses an override that points at no executable, even when the system has one", () => {
    const machine = fakeMachine({ files: ["/usr/bin/chromium"], env: { LINKGATE_CHROMIUM: "/nowhere/chrome" } });
    expect(() => findTool(chromium, machine)).toThrow(ToolchainError);
    expect(() => findTool(chromium, machine)).toThrow("LINKGATE_CHROMIUM is set to /nowhere/chrome, which is not an executable file");
  });

  it("takes the system's Chromium before Playwright's, without loading Playwright", () => {
    const machine = fakeMachine({ files: ["/usr/bin/chromium", "/pw/chrome"], playwright: "/pw/chrome" });
    expect(findTool(chromium, machine)).toEqual({ path: "/usr/bin/chromium", source: "system" });
    expect(machine.playwrightAsked).toBe(0);
  });

  it("finds Ubuntu's chromium-browser on PATH", () => {
    const machine = fakeMachine({ files: ["/usr/local/bin/chromium-browser"] });
    expect(findTool(chromium, machine)?.path).toBe("/usr/local/bin/chromium-browser");
  });

  it("falls back to Playwright's browser only when its file exists", () => {
    expect(findTool(chromium, fakeMachine({ files: ["/pw/chrome"], playwright: "/pw/chrome" }))).toEqual({ path: "/pw/chrome", source: "Playwright" });
    expect(findTool(chromium, fakeMachine({ playwright: "/pw/chrome" }))).toBeUndefined();
  });
});

describe("finding Java", () => {
  it("takes LINKGATE_JAVA over JAVA_HOME and PATH", () => {
    const machine = fakeMachine({ files: ["/opt/jdk/bin/java", "/jvm/bin/java", "/usr/bin/java"], env: { LINKGATE_JAVA: "/opt/jdk/bin/java", JAVA_HOME: "/jvm" } });
    expect(findTool(java, machine)).toEqual({ path: "/opt/jdk/bin/java", source: "LINKGATE_JAVA" });
  });

  it("refuses a LINKGATE_JAVA that points at no executable", () => {
    const machine = fakeMachine({ files: ["/usr/bin/java"], env: { LINKGATE_JAVA: "/opt/none/java" } });
    expect(() => findTool(java, machine)).toThrow("LINKGATE_JAVA is set to /opt/none/java");
  });

  it("takes JAVA_HOME's java before the one on PATH", () => {
    const machine = fakeMachine({ files: ["/jvm/bin/java", "/usr/bin/java"], env: { JAVA_HOME: "/jvm" } });
    expect(findTool(java, machine)).toEqual({ path: "/jvm/bin/java", source: "JAVA_HOME" });
  });

  it("uses java on PATH when JAVA_HOME has none", () => {
    const machine = fakeMachine({ files: ["/usr/bin/java"], env: { JAVA_HOME: "/empty-jvm" } });
    expect(findTool(java, machine)).toEqual({ path: "/usr/bin/java", source: "PATH" });
  });

  it("finds nothing on a machine without Java", () => {
    expect(findTool(java, fakeMachine({ files: ["/usr/bin/chromium"] }))).toBeUndefined();
  });
});
