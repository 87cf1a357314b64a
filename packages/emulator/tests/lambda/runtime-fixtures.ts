import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { FunctionDefinition } from "../../src/lambda/function-definition";
import { createLambdaRuntime, type FunctionStats, type LambdaRuntime, type LambdaRuntimeOptions, type RuntimeLogEntry } from "../../src/lambda";

/** The emulator package directory: fixture entries are relative to it. */
export const PACKAGE_DIR = join(dirname(fileURLToPath(import.meta.url)), "..", "..");

export function fixture(name: string, overrides: Partial<FunctionDefinition> = {}): FunctionDefinition {
  return { entry: `tests/fixtures/lambda/${name}.ts`, ...overrides };
}

export interface TestRuntime {
  runtime: LambdaRuntime;
  logs: RuntimeLogEntry[];
  bundleDir: string;
  dispose(): Promise<void>;
}

/** A runtime over fixture handlers, bundling into its own temp dir, capturing its log lines. */
export function startTestRuntime(
  functions: Record<string, FunctionDefinition>,
  options: Partial<LambdaRuntimeOptions> = {},
): TestRuntime {
  const bundleDir = mkdtempSync(join(tmpdir(), "linkgate-lambda-"));
  const logs: RuntimeLogEntry[] = [];
  const runtime = createLambdaRuntime({ functions, rootDir: PACKAGE_DIR, bundleDir, logger: (entry) => logs.push(entry), ...options });
  return {
    runtime,
    logs,
    bundleDir,
    async dispose() {
      await runtime.close();
      rmSync(bundleDir, { recursive: true, force: true });
    },
  };
}

/** Payload of a successful invocation, or a failure that names what came back. */
export function payloadOf<T>(result: Awaited<ReturnType<LambdaRuntime["invoke"]>>): T {
  if (!result.ok) throw new Error(`Expected success, got ${result.error}: ${result.message}`);
  return result.payload as T;
}

/** One function's stats; fails loudly on a name the runtime does not know. */
export function statsOf(runtime: LambdaRuntime, functionName: string): FunctionStats {
  const stats = runtime.stats()[functionName];
  if (!stats) throw new Error(`No stats for ${functionName}`);
  return stats;
}
