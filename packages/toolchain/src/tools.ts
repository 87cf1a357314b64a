import { join } from "node:path";
import { findOnPath, type Probes } from "./probes";
import type { Found, ToolSpec } from "./tool";

/** Names Debian (`chromium`) and Ubuntu (`chromium-browser`, snap) give the browser. */
const CHROMIUM_COMMANDS = ["chromium", "chromium-browser"];
const CHROMIUM_PATHS = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/snap/bin/chromium"];

export const chromium: ToolSpec = {
  name: "Chromium",
  purpose: "the console's browser tests drive it",
  overrideVariable: "LINKGATE_CHROMIUM",
  aptPackage: "chromium",
  *candidates(probes: Probes): Iterable<Found> {
    for (const command of CHROMIUM_COMMANDS) {
      const path = findOnPath(command, probes);
      if (path) yield { path, source: "system" };
    }
    for (const path of CHROMIUM_PATHS) yield { path, source: "system" };
    // Last: one that `playwright install` put there earlier. We never start that download ourselves.
    const playwright = probes.playwrightChromium();
    if (playwright) yield { path: playwright, source: "Playwright" };
  },
};

export const java: ToolSpec = {
  name: "Java",
  purpose: "DynamoDB Local runs on it",
  overrideVariable: "LINKGATE_JAVA",
  aptPackage: "default-jre-headless",
  *candidates(probes: Probes): Iterable<Found> {
    const home = probes.env.JAVA_HOME;
    if (home) yield { path: join(home, "bin", "java"), source: "JAVA_HOME" };
    const path = findOnPath("java", probes);
    if (path) yield { path, source: "PATH" };
  },
};

export const toolsByName: Readonly<Record<string, ToolSpec>> = { java, chromium };
