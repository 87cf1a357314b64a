import { createRequestCore, type RequestCore } from "@linkgate/core/request-core";
import { readFunctionsConfig, type FunctionsConfig } from "./config";

/**
 * What the public, user and partner routes share, built once per execution environment: the
 * configuration and the request core (links, the owner's counter and limits, partner lookup), which
 * sends raw DynamoDB commands and loads no dynamoose. The admin routes' runtime (runtime.ts) has the
 * whole core.
 */
export interface RequestRuntime {
  readonly config: FunctionsConfig;
  readonly core: RequestCore;
}

let current: RequestRuntime | undefined;

/** The shared request runtime; the first call reads and validates the configuration (a clear error names what is missing). */
export function requestRuntime(): RequestRuntime {
  if (current) return current;
  const config = readFunctionsConfig();
  current = { config, core: createRequestCore({ tableNames: config.tableNames, shortBaseUrl: config.shortBaseUrl, cursorSecret: config.cursorSecret }) };
  return current;
}
