import { createCore, type Core } from "@linkgate/core";
import { readFunctionsConfig, type FunctionsConfig } from "./config";

/**
 * What the admin routes share, built once per execution environment (cold start) and reused by
 * every invocation: the whole core, admin services included (dynamoose). The other routes use the
 * request runtime (request-runtime.ts), without them. The admin routes' SDK clients live in admin/,
 * and the logger and metrics in observability/, so that functions bundle and load only what they
 * use (GET /health has no core at all: edge/define-inputless-handler.ts).
 */
export interface Runtime {
  readonly config: FunctionsConfig;
  readonly core: Core;
}

let current: Runtime | undefined;

/** The shared runtime; the first call reads and validates the configuration (a clear error names what is missing). */
export function runtime(): Runtime {
  if (current) return current;
  const config = readFunctionsConfig();
  current = {
    config,
    core: createCore({ tableNames: config.tableNames, shortBaseUrl: config.shortBaseUrl, cursorSecret: config.cursorSecret }),
  };
  return current;
}
