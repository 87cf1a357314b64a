import { Logger } from "@aws-lambda-powertools/logger";
import { Metrics } from "@aws-lambda-powertools/metrics";
import { createCore, type Core } from "@linkgate/core";
import { readFunctionsConfig, type FunctionsConfig } from "./config";

/**
 * What every handler shares, built once per execution environment (cold start) and reused by
 * every invocation. The admin routes' SDK clients live in admin/ so that other functions (the
 * redirect above all) neither bundle nor load them.
 */
export interface Runtime {
  readonly config: FunctionsConfig;
  readonly core: Core;
}

export const logger = new Logger({ serviceName: "linkgate-functions" });
export const metrics = new Metrics({ namespace: "Linkgate", serviceName: "linkgate-functions" });

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
