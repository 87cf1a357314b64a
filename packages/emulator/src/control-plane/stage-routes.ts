import type { ApiDefinition } from "../apigateway/definition";
import { DEFAULT_CACHE_CLUSTER_SIZE, METHOD_CACHE_DEFAULTS } from "../apigateway/cache/cache-definition";
import { notFound } from "./control-plane-errors";
import type { Route } from "./route-table";

export interface StageRoutesOptions {
  /** The definition a stage serves now, or undefined for a stage the data plane does not serve. */
  describeStage?: (restApiId: string, stage: string) => ApiDefinition | undefined;
  /** FlushStageCache: the data plane empties the stage's response cache. */
  onFlushStageCache?: (restApiId: string, stage: string) => void;
}

/** GetStage and FlushStageCache. */
export function stageRoutes(options: StageRoutesOptions): Route[] {
  const served = (params: Record<string, string>): ApiDefinition => {
    const definition = options.describeStage?.(params.restApiId!, params.stageName!);
    if (definition === undefined) throw notFound("Invalid stage identifier specified");
    return definition;
  };
  return [
    { method: "GET", template: "/restapis/{restApiId}/stages/{stageName}", handler: ({ params }) => ({ status: 200, body: renderStage(served(params)) }) },
    {
      method: "DELETE",
      template: "/restapis/{restApiId}/stages/{stageName}/cache/data",
      handler: ({ params }) => {
        served(params);
        options.onFlushStageCache?.(params.restApiId!, params.stageName!);
        return { status: 202 };
      },
    },
  ];
}

/**
 * The Stage resource as GetStage sends it (the AWS CLI reference's get-stage example): the cache
 * cluster's fields, and `methodSettings` keyed `*\/*` or `~1path~1to/VERB` with every field filled in.
 * Reading: the cluster is AVAILABLE as soon as it is enabled (AWS takes minutes to create it).
 */
export function renderStage(definition: ApiDefinition) {
  const enabled = definition.cacheClusterEnabled === true;
  const keys = new Set([...Object.keys(definition.methodThrottling ?? {}), ...Object.keys(definition.methodCaching ?? {})]);
  if (definition.detailedMetrics !== false) keys.add("*/*");
  const methodSettings = Object.fromEntries([...keys].map((key) => [wireKey(key), methodSetting(definition, key)]));
  return {
    deploymentId: "emulator",
    stageName: definition.stage,
    cacheClusterEnabled: enabled,
    ...(enabled ? { cacheClusterSize: definition.cacheClusterSize ?? DEFAULT_CACHE_CLUSTER_SIZE } : {}),
    cacheClusterStatus: enabled ? "AVAILABLE" : "NOT_AVAILABLE",
    methodSettings,
    ...(definition.stageVariables ? { variables: definition.stageVariables } : {}),
    tracingEnabled: false,
  };
}

function methodSetting(definition: ApiDefinition, key: string) {
  const caching = { ...definition.methodCaching?.["*/*"], ...definition.methodCaching?.[key] };
  const throttle = definition.methodThrottling?.[key] ?? definition.methodThrottling?.["*/*"];
  return {
    metricsEnabled: definition.detailedMetrics !== false,
    dataTraceEnabled: false,
    ...(throttle ? { throttlingBurstLimit: throttle.burstLimit, throttlingRateLimit: throttle.rateLimit } : {}),
    cachingEnabled: caching.cachingEnabled ?? METHOD_CACHE_DEFAULTS.cachingEnabled,
    cacheTtlInSeconds: caching.cacheTtlInSeconds ?? METHOD_CACHE_DEFAULTS.cacheTtlInSeconds,
    cacheDataEncrypted: caching.cacheDataEncrypted ?? METHOD_CACHE_DEFAULTS.cacheDataEncrypted,
    requireAuthorizationForCacheControl: caching.requireAuthorizationForCacheControl ?? METHOD_CACHE_DEFAULTS.requireAuthorizationForCacheControl,
    unauthorizedCacheControlHeaderStrategy: caching.unauthorizedCacheControlHeaderStrategy ?? METHOD_CACHE_DEFAULTS.unauthorizedCacheControlHeaderStrategy,
  };
}

/** `/v1/links/GET` → `~1v1~1links/GET` (a JSON-pointer escaped resource path, then the verb). */
function wireKey(key: string): string {
  if (key === "*/*") return key;
  const slash = key.lastIndexOf("/");
  return `${key.slice(0, slash).replaceAll("~", "~0").replaceAll("/", "~1")}${key.slice(slash)}`;
}
