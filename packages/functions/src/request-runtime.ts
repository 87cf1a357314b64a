import { createRequestCore, type RequestCore } from "@linkgate/core/request-core";
import type { FunctionsConfig } from "./config";
import { coreConfigOf, perEnvironment } from "./environment-runtime";

/**
 * What the public, user and partner routes share: the configuration and the request core (links,
 * the owner's counter and limits, partner lookup), which sends raw DynamoDB commands and loads no
 * dynamoose. The admin routes' runtime (runtime.ts) has the whole core.
 */
export interface RequestRuntime {
  readonly config: FunctionsConfig;
  readonly core: RequestCore;
}

export const requestRuntime = perEnvironment((config): RequestRuntime => ({ config, core: createRequestCore(coreConfigOf(config)) }));
