import { describe, expect, it } from "vitest";
import { assertNodeVersion } from "./node-version";

describe("assertNodeVersion", () => {
  it.each(["22.23.3", "22.12.0", "24.1.0", "v22.0.0"])("accepts Node %s", (version) => {
    expect(() => assertNodeVersion(version)).not.toThrow();
  });

  it.each(["20.20.2", "21.7.3", "v18.19.0", "garbage"])("refuses Node %s with one line saying how to get Node 22", (version) => {
    expect(() => assertNodeVersion(version)).toThrow(
      `Node 22 is needed (AWS Lambda runs nodejs22.x) but this is Node ${version}: \`npm install\` brings it (the pinned \`node\` devDependency, first on every npm script's PATH), or install Node 22.`,
    );
  });
});
