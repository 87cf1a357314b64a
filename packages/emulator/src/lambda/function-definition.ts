/**
 * One function the Lambda runtime runs. The runtime owns this type; the API definition
 * (`apigateway/definition.ts`) names its functions with it.
 */
export interface FunctionDefinition {
  /** Source file of the handler (TypeScript or JavaScript), bundled with esbuild like a deploy would. */
  entry: string;
  /** Exported handler name in the entry (default "handler"). */
  handler?: string;
  /** Function timeout (default 3 s as on Lambda; max 900 s). */
  timeoutSeconds?: number;
  memoryMb?: number;
  /** Environment variables (SST_RESOURCE_* included) the function sees. */
  environment?: Record<string, string>;
  /** Reserved concurrency: at most this many invocations at once (default 10). */
  concurrency?: number;
}
