/**
 * `node --import tsx packages/toolchain/src/cli.ts java chromium`: the set-up step of `npm start`
 * and `npm test`. Checks Node, finds (or, as root, installs) each named tool, and prints one line.
 */
import { ensureTools } from "./ensure";
import { assertNodeVersion } from "./node-version";
import { systemProbes } from "./probes";
import { ToolchainError } from "./tool";
import { toolsByName } from "./tools";

function main(names: readonly string[]): void {
  const probes = systemProbes();
  assertNodeVersion(probes.nodeVersion);
  const specs = names.map((name) => {
    const spec = toolsByName[name];
    if (!spec) throw new Error(`Unknown tool '${name}'; known: ${Object.keys(toolsByName).join(", ")}.`);
    return spec;
  });
  const found = ensureTools(specs, probes);
  const tools = found.map((tool, index) => `${specs[index]?.name} ${tool.path} (${tool.source})`);
  probes.log(`Toolchain: Node ${probes.nodeVersion} (${process.execPath})${tools.map((tool) => `, ${tool}`).join("")}`);
}

try {
  main(process.argv.slice(2));
} catch (error) {
  if (!(error instanceof ToolchainError)) throw error;
  console.error(error.message);
  process.exitCode = 1;
}
