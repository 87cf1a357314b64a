import { createCore, type Core } from "@linkgate/core";
import type { FunctionsConfig } from "./config";
import { coreConfigOf, perEnvironment } from "./environment-runtime";

/**
 * What the admin routes share: the whole core, admin services included (dynamoose). The other
 * routes use the request runtime (request-runtime.ts), without them. The admin routes' SDK clients
 * live in admin/, and the logger and metrics in observability/, so that functions bundle and load
 * only what they use (GET /health has no core at all: edge/define-inputless-handler.ts).
 */
export interface Runtime {
  readonly config: FunctionsConfig;
  readonly core: Core;
}

export const runtime = perEnvironment((config): Runtime => ({ config, core: createCore(coreConfigOf(config)) }));
