import type { ConformanceContext } from "../context";
import type { RecordedCase, Recording } from "./recordings";

export type DifferentialCase = RecordedCase<ConformanceContext>;

/** A case in a file's list: `recordedCase(recording, name, run)` reads like the `it` it becomes. */
export function recordedCase(recording: Recording, name: string, run: (ctx: ConformanceContext) => Promise<void>): DifferentialCase {
  return { name, recording, run };
}
