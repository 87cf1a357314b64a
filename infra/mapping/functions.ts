import { FUNCTION_BUNDLE_EXTERNAL, FUNCTION_BUNDLE_PLUGINS } from "@linkgate/functions/entries";

/**
 * Every function's Lambda settings, written out rather than left to SST's defaults (which are these
 * today: 1,024 MB, 20 s) so that the local stack runs functions with what is deployed: the emulator
 * reports the memory size to the function (context, AWS_LAMBDA_FUNCTION_MEMORY_SIZE) and enforces
 * the timeout.
 */
export const FUNCTION_MEMORY_MB = 1024;
export const FUNCTION_TIMEOUT_SECONDS = 20;
/** Lambda runtime for every function (Node 22: production's supported LTS, and the local stack's Node). */
export const FUNCTION_RUNTIME = "nodejs22.x";

/**
 * The same settings in SST's units, and how the code is bundled: SST's esbuild build with the
 * packages the local stack leaves out too (`FUNCTION_BUNDLE_EXTERNAL`: none, the AWS SDK is bundled)
 * and the same plugins (`FUNCTION_BUNDLE_PLUGINS`; SST resolves the path from the project root).
 * Every function spreads these (REST routes, authorizers, the live API's routes, the stream consumer).
 */
export const sstFunctionSettings = {
  runtime: FUNCTION_RUNTIME,
  memory: `${FUNCTION_MEMORY_MB} MB`,
  timeout: `${FUNCTION_TIMEOUT_SECONDS} seconds`,
  nodejs: sstBundling(),
} as const;

// Outside the `as const` literal: SST's esbuild options take a mutable list.
function sstBundling(): { esbuild: { external: string[] }; plugins: string } {
  return { esbuild: { external: [...FUNCTION_BUNDLE_EXTERNAL] }, plugins: FUNCTION_BUNDLE_PLUGINS };
}
