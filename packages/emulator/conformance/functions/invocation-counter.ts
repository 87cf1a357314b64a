import { createHash } from "node:crypto";
import { appendFileSync, mkdirSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/**
 * Counts authorizer invocations per token in files (one byte appended per invocation), so every
 * worker of the function sees the same count. Locally that is exact; on AWS `/tmp` belongs to one
 * execution environment, so the fixture stack gives the authorizer a reserved concurrency of 1.
 */
const COUNTER_DIR = process.env.CONFORMANCE_COUNTER_DIR ?? join(tmpdir(), "linkgate-conformance-counters");

const fileFor = (token: string) => join(COUNTER_DIR, createHash("sha256").update(token).digest("hex").slice(0, 32));

export function countInvocation(token: string): void {
  mkdirSync(COUNTER_DIR, { recursive: true });
  appendFileSync(fileFor(token), "x");
}

export function invocationCount(token: string): number {
  try {
    return statSync(fileFor(token)).size;
  } catch {
    return 0;
  }
}
