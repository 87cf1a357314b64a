import type { Probes } from "./probes";

/** A problem the person at the terminal can fix; its message is one line that says how. */
export class ToolchainError extends Error {
  override readonly name = "ToolchainError";
}

export interface Found {
  readonly path: string;
  /** Where it was found, for the one line printed at start (`LINKGATE_JAVA`, `PATH`, …). */
  readonly source: string;
}

/** A system tool the stack runs, where to look for it, and Debian's package that brings it. */
export interface ToolSpec {
  readonly name: string;
  /** Why the stack needs it, for the lines printed when it is missing or being installed. */
  readonly purpose: string;
  /** Set to the executable's path to use that one; checked first, and never silently ignored. */
  readonly overrideVariable: string;
  readonly aptPackage: string;
  /** Places to look, best first; lazy, because the last ones may be costly to compute. */
  candidates(probes: Probes): Iterable<Found>;
}

/** The tool's executable, or undefined when none is found. A broken override is an error. */
export function findTool(spec: ToolSpec, probes: Probes): Found | undefined {
  const override = probes.env[spec.overrideVariable];
  if (override) {
    if (probes.isExecutable(override)) return { path: override, source: spec.overrideVariable };
    throw new ToolchainError(
      `${spec.overrideVariable} is set to ${override}, which is not an executable file: point it at ${spec.name}'s executable, or unset it to use the system's.`,
    );
  }
  for (const candidate of spec.candidates(probes)) {
    if (probes.isExecutable(candidate.path)) return candidate;
  }
  return undefined;
}
