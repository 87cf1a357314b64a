import { logger } from "../observability/logger";

/**
 * Runs the undo steps of a failed multi-step change, newest first. An undo that fails is logged
 * (with what is left behind) and does not hide the original error.
 */
export async function undo(steps: Array<{ what: string; run: () => Promise<void> }>): Promise<void> {
  for (const step of [...steps].reverse()) {
    try {
      await step.run();
    } catch (error) {
      logger.error("undo step failed: left behind", { what: step.what, error: error instanceof Error ? error.message : String(error) });
    }
  }
}
