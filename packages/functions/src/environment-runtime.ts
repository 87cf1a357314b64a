import type { CoreConfig } from "@linkgate/core";
import { readFunctionsConfig, type FunctionsConfig } from "./config";

/** What core needs from the functions' configuration. */
export function coreConfigOf(config: FunctionsConfig): CoreConfig {
  return { tableNames: config.tableNames, shortBaseUrl: config.shortBaseUrl, cursorSecret: config.cursorSecret };
}

/**
 * A value built once per execution environment (cold start) from the configuration, and reused by
 * every invocation; the first call reads and validates the configuration (a clear error names what
 * is missing).
 */
export function perEnvironment<R>(build: (config: FunctionsConfig) => R): () => R {
  let current: R | undefined;
  return () => (current ??= build(readFunctionsConfig()));
}
