import { plans, routes } from "@linkgate/contract";
import type { ApiDefinition, FunctionDefinition, ThrottleSettings } from "@linkgate/emulator";
import { AUTHORIZER_ENTRY, handlerEntryFor } from "@linkgate/functions/entries";
import {
  apiRouteFor,
  AUTHORIZER_IDENTITY_SOURCE,
  AUTHORIZER_NAME,
  AUTHORIZER_VALIDATION_EXPRESSION,
  cachedMethodSettings,
  CORS_ALLOW_HEADERS,
  stageThrottleFor,
  type StageCacheSpec,
} from "@linkgate/infra/mapping";
import { localFunctionSettings } from "./function-settings";

const AUTHORIZER_FUNCTION = "authorizer";

export interface LocalApiInput {
  restApiId: string;
  /** The REST API's name (CloudWatch's ApiName). */
  name: string;
  stage: string;
  region: string;
  /** Environment every function sees (links, endpoints). */
  environment: Record<string, string>;
  /** Extra variables for the authorizer only (local-mode switch). */
  authorizerEnvironment: Record<string, string>;
  authorizerTtlSeconds: number;
  /**
   * Benches only: replaces the stage throttle and the account throttle, as a quota increase would.
   * The deployed stage throttle (twice the largest plan's) is below what a load test offers.
   */
  throttleOverride?: ThrottleSettings;
  /**
   * The stage cache a deployed stage has (infra/mapping's `stageCacheFor`): declared the way SST deploys
   * it. Absent (the local stack's own stage), there is no cache cluster, as on every stage but production.
   */
  stageCache?: StageCacheSpec;
}

/**
 * The emulator's definition of the stage, from the contract through the same mapping `infra/api.ts`
 * deploys with: user/admin routes behind the Lambda authorizer, partner routes behind API keys,
 * the stage throttle, CORS on (SST's, with the allowed headers listed as infra/api.ts deploys them).
 */
export function buildLocalApiDefinition(input: LocalApiInput): ApiDefinition {
  const functions: Record<string, FunctionDefinition> = {};
  const settings = localFunctionSettings;
  for (const route of routes) {
    const entry = handlerEntryFor(route.name);
    functions[route.name] = { entry: entry.file, handler: entry.export, ...settings, environment: input.environment };
  }
  functions[AUTHORIZER_FUNCTION] = {
    entry: AUTHORIZER_ENTRY.file,
    handler: AUTHORIZER_ENTRY.export,
    ...settings,
    environment: { ...input.environment, ...input.authorizerEnvironment },
  };
  return {
    restApiId: input.restApiId,
    name: input.name,
    stage: input.stage,
    region: input.region,
    // As infra/api.ts deploys the stage (methodSettings metricsEnabled): per-route CloudWatch metrics.
    detailedMetrics: true,
    cors: { allowHeaders: CORS_ALLOW_HEADERS },
    functions,
    authorizers: {
      [AUTHORIZER_NAME]: {
        type: "TOKEN",
        function: AUTHORIZER_FUNCTION,
        identitySource: [AUTHORIZER_IDENTITY_SOURCE],
        resultTtlSeconds: input.authorizerTtlSeconds,
        identityValidationExpression: AUTHORIZER_VALIDATION_EXPRESSION,
      },
    },
    routes: routes.map((route) => {
      const spec = apiRouteFor(route);
      return {
        method: route.method,
        path: route.path,
        function: route.name,
        ...(spec.authorizer ? { authorizer: AUTHORIZER_NAME } : {}),
        ...(spec.apiKey ? { apiKeyRequired: true } : {}),
      };
    }),
    methodThrottling: { "*/*": input.throttleOverride ?? stageThrottleFor(plans) },
    ...(input.throttleOverride ? { accountThrottle: input.throttleOverride } : {}),
    ...(input.stageCache ? stageCacheDefinition(input.stageCache) : {}),
  };
}

/** The cache cluster and the cached methods' settings, as infra/api.ts declares them. */
function stageCacheDefinition(cache: StageCacheSpec): Pick<ApiDefinition, "cacheClusterEnabled" | "cacheClusterSize" | "methodCaching"> {
  return {
    cacheClusterEnabled: true,
    cacheClusterSize: cache.clusterSize,
    methodCaching: Object.fromEntries(cache.methods.map((method) => [`${method.path}/${method.method}`, cachedMethodSettings(method)])),
  };
}
