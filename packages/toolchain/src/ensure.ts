import { findOnPath, systemProbes, type Probes } from "./probes";
import { findTool, ToolchainError, type Found, type ToolSpec } from "./tool";

const and = (items: readonly string[]) => items.join(" and ");
const packages = (specs: readonly ToolSpec[]) => specs.map((spec) => spec.aptPackage).join(" ");
const overrides = (specs: readonly ToolSpec[]) => specs.map((spec) => spec.overrideVariable).join(" / ");

/** The one line that tells the person at the terminal how to get what is missing. */
export function whatToDo(missing: readonly ToolSpec[], probes: Probes): string {
  const what = and(missing.map((spec) => `${spec.name} (${spec.purpose})`));
  const install = `${probes.uid() === 0 ? "" : "sudo "}apt-get install -y ${packages(missing)}`;
  const how = findOnPath("apt-get", probes)
    ? `run \`${install}\``
    : `install ${and(missing.map((spec) => spec.name))} with the system's package manager (on Debian/Ubuntu: \`${install}\`)`;
  return `${what} not found: ${how}, or set ${overrides(missing)} to ${missing.length > 1 ? "their executables" : "its executable"}.`;
}

/** The tool's executable without installing anything; when missing, a ToolchainError says what to do. */
export function locateTool(spec: ToolSpec, probes: Probes = systemProbes()): Found {
  const found = findTool(spec, probes);
  if (!found) throw new ToolchainError(whatToDo([spec], probes));
  return found;
}

/**
 * Each tool's executable. What is missing is installed from Debian's packages when we are root and
 * apt-get is there (as on CI and these machines); otherwise a ToolchainError says what to do.
 */
export function ensureTools(specs: readonly ToolSpec[], probes: Probes = systemProbes()): Found[] {
  const found = specs.map((spec) => findTool(spec, probes));
  const missing = specs.filter((_, index) => !found[index]);
  if (missing.length === 0) return found as Found[];
  if (probes.uid() !== 0 || !findOnPath("apt-get", probes)) throw new ToolchainError(whatToDo(missing, probes));
  installWithApt(missing, probes);
  return specs.map((spec, index) => {
    const after = found[index] ?? findTool(spec, probes);
    if (!after) {
      throw new ToolchainError(
        `apt-get installed ${spec.aptPackage}, but ${spec.name} is still not found: set ${spec.overrideVariable} to its executable.`,
      );
    }
    return after;
  });
}

function installWithApt(missing: readonly ToolSpec[], probes: Probes): void {
  const names = and(missing.map((spec) => `${spec.name} (${spec.purpose})`));
  probes.log(
    `Installing ${packages(missing)} with apt-get: ${names} ${missing.length > 1 ? "were" : "was"} not found (set ${overrides(missing)} to use another).`,
  );
  const env = { DEBIAN_FRONTEND: "noninteractive" };
  // A failed update (one unreachable list, say) need not stop the install: the lists already there may do.
  const updated = probes.run("apt-get", ["update"], env);
  if (updated !== 0) probes.log(`apt-get update failed (exit ${updated}); trying the install with the package lists already there.`);
  const args = ["install", "-y", "--no-install-recommends", ...missing.map((spec) => spec.aptPackage)];
  const status = probes.run("apt-get", args, env);
  if (status !== 0) {
    throw new ToolchainError(
      `\`apt-get ${args.join(" ")}\` failed (exit ${status}; its output is above): install ${packages(missing)} yourself, or set ${overrides(missing)}.`,
    );
  }
}
