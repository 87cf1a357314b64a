import type { ApiDefinition, RouteDefinition } from "../definition";
import {
  CACHE_CLUSTER_SIZES,
  DEFAULT_CACHE_CLUSTER_SIZE,
  MAX_CACHE_TTL_SECONDS,
  METHOD_CACHE_DEFAULTS,
  UNAUTHORIZED_CACHE_CONTROL_STRATEGIES,
  type CacheClusterSize,
  type MethodCacheSettings,
  type UnauthorizedCacheControlHeaderStrategy,
} from "./cache-definition";

/** One route's caching, resolved from the stage's method settings (`*\/*` overlaid by `/path/VERB`). */
export interface RouteCacheSettings {
  ttlMs: number;
  /** "GET": only GET requests are cached (a `*\/*` entry on GET or ANY); "ALL": every request the route serves. */
  methods: "GET" | "ALL";
  requireAuthorization: boolean;
  strategy: UnauthorizedCacheControlHeaderStrategy;
  encrypted: boolean;
}

const STAR = "*/*";

/** Checks the cluster and method settings; a clear error names what is wrong. */
export function checkedClusterSize(definition: ApiDefinition): CacheClusterSize {
  const size = definition.cacheClusterSize ?? DEFAULT_CACHE_CLUSTER_SIZE;
  if (!(CACHE_CLUSTER_SIZES as readonly string[]).includes(size)) {
    throw new Error(`cacheClusterSize must be one of ${CACHE_CLUSTER_SIZES.join(", ")} (GB), got ${JSON.stringify(size)}`);
  }
  for (const [key, settings] of Object.entries(definition.methodCaching ?? {})) checkSettings(key, settings, definition.routes);
  return size;
}

/**
 * What caching a route gets, or undefined when none. Reading of api-gateway-caching ("only GET methods
 * have caching enabled by default ... enable caching for other methods by overriding method settings"):
 * the stage-wide `*\/*` entry caches GET only; another method is cached only by its own entry.
 */
export function routeCacheSettings(methodCaching: Record<string, MethodCacheSettings>, route: RouteDefinition, resourcePath: string): RouteCacheSettings | undefined {
  const star = methodCaching[STAR];
  const own = methodCaching[`${resourcePath}/${route.method}`];
  const merged: MethodCacheSettings = { ...star, ...own };
  const ttlSeconds = merged.cacheTtlInSeconds ?? METHOD_CACHE_DEFAULTS.cacheTtlInSeconds;
  if (merged.cachingEnabled !== true || ttlSeconds === 0) return undefined;
  let methods: RouteCacheSettings["methods"];
  if (own?.cachingEnabled === true) methods = route.method === "GET" ? "GET" : "ALL";
  else if (route.method === "GET" || route.method === "ANY") methods = "GET";
  else return undefined;
  return {
    ttlMs: ttlSeconds * 1000,
    methods,
    requireAuthorization: merged.requireAuthorizationForCacheControl ?? METHOD_CACHE_DEFAULTS.requireAuthorizationForCacheControl,
    strategy: merged.unauthorizedCacheControlHeaderStrategy ?? METHOD_CACHE_DEFAULTS.unauthorizedCacheControlHeaderStrategy,
    encrypted: merged.cacheDataEncrypted ?? METHOD_CACHE_DEFAULTS.cacheDataEncrypted,
  };
}

function checkSettings(key: string, settings: MethodCacheSettings, routes: readonly RouteDefinition[]): void {
  const where = `methodCaching["${key}"]`;
  if (key !== STAR && !routes.some((route) => `${route.path}/${route.method}` === key)) {
    throw new Error(`${where}: the key must be "*/*" or "/path/VERB" naming a route of the stage`);
  }
  const ttl = settings.cacheTtlInSeconds;
  if (ttl !== undefined && (!Number.isInteger(ttl) || ttl < 0 || ttl > MAX_CACHE_TTL_SECONDS)) {
    throw new Error(`${where}.cacheTtlInSeconds must be an integer from 0 to ${MAX_CACHE_TTL_SECONDS}, got ${ttl}`);
  }
  const strategy = settings.unauthorizedCacheControlHeaderStrategy;
  if (strategy !== undefined && !(UNAUTHORIZED_CACHE_CONTROL_STRATEGIES as readonly string[]).includes(strategy)) {
    throw new Error(`${where}.unauthorizedCacheControlHeaderStrategy must be one of ${UNAUTHORIZED_CACHE_CONTROL_STRATEGIES.join(", ")}, got ${JSON.stringify(strategy)}`);
  }
  for (const flag of ["cachingEnabled", "cacheDataEncrypted", "requireAuthorizationForCacheControl"] as const) {
    if (settings[flag] !== undefined && typeof settings[flag] !== "boolean") throw new Error(`${where}.${flag} must be a boolean`);
  }
}
