import type { ContractRouteShape } from "./routes";

/**
 * The REST API's stage cache: which stage has one, its size, and which routes it answers, for how
 * long. SST deploys it (infra/api.ts) and the local stack declares the same settings when asked
 * (apps/local), so both read them here. Why each route is or is not cached: infra/README.md.
 */

/** The only SST stage with a cache cluster (it is billed by the hour, whether used or not). */
export const CACHED_STAGE = "production";

/** The smallest of API Gateway's sizes: the one cached response is a document of tens of KB. */
export const CACHE_CLUSTER_SIZE = "0.5";

/** Contract routes answered from the cache, by name, with their TTL in seconds. */
export const CACHED_ROUTE_TTLS: Readonly<Record<string, number>> = {
  // Changes only on deploy, and a deploy does not flush the cache: 300 s bounds how long a new
  // version can wait behind the old one.
  getOpenApiDocument: 300,
};

/** Never cached, whatever the table above says: each click of a redirect is counted; health must reach the function. */
export const NEVER_CACHED_ROUTES: readonly string[] = ["redirect", "getHealth"];

/**
 * Browsers send `Cache-Control: max-age=0` on reload; no anonymous caller may empty an entry with it, and
 * none is refused for it: it gets the cached answer with AWS's warning header.
 */
export const UNAUTHORIZED_INVALIDATION = "SUCCEED_WITH_RESPONSE_HEADER";

export interface CachedMethod {
  name: string;
  method: string;
  path: string;
  /** MethodSettings' `methodPath`: the resource path without its leading slash, then the verb (`openapi.json/GET`). */
  methodPath: string;
  ttlSeconds: number;
}

/**
 * The cached routes, checked against the contract: each exists, is a public GET (nothing authorized is
 * shared across callers, since the cache key does not include the caller) and is not one of the
 * never-cached routes.
 */
export function cachedMethodsFor(routes: readonly ContractRouteShape[]): CachedMethod[] {
  return Object.entries(CACHED_ROUTE_TTLS).map(([name, ttlSeconds]) => {
    const route = routes.find((candidate) => candidate.name === name);
    if (!route) throw new Error(`Cached route "${name}" is not a contract route.`);
    if (NEVER_CACHED_ROUTES.includes(name)) throw new Error(`Route "${name}" must never be served from the cache.`);
    if (route.auth !== "public") throw new Error(`Route "${name}" is ${route.auth}: the cache key does not include the caller, so only public routes may be cached.`);
    if (route.method.toUpperCase() !== "GET") throw new Error(`Route "${name}" is ${route.method}: only GET routes are cached.`);
    if (!Number.isInteger(ttlSeconds) || ttlSeconds < 1 || ttlSeconds > 3600) throw new Error(`Route "${name}": a TTL must be 1–3600 seconds, got ${ttlSeconds}.`);
    return { name, method: "GET", path: route.path, methodPath: `${route.path.slice(1)}/GET`, ttlSeconds };
  });
}

export interface StageCacheSpec {
  clusterSize: typeof CACHE_CLUSTER_SIZE;
  methods: CachedMethod[];
}

/** The stage's cache, or undefined for a stage without one (every stage but production). */
export function stageCacheFor(stage: string, routes: readonly ContractRouteShape[]): StageCacheSpec | undefined {
  return stage === CACHED_STAGE ? { clusterSize: CACHE_CLUSTER_SIZE, methods: cachedMethodsFor(routes) } : undefined;
}

/** One cached method's MethodSettings `settings`, as SST and the emulator both declare them. */
export function cachedMethodSettings(method: CachedMethod) {
  return {
    cachingEnabled: true,
    cacheTtlInSeconds: method.ttlSeconds,
    cacheDataEncrypted: false,
    requireAuthorizationForCacheControl: true,
    unauthorizedCacheControlHeaderStrategy: UNAUTHORIZED_INVALIDATION,
  } as const;
}
