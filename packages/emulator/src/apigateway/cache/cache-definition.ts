/**
 * A REST API stage's response cache, as API Gateway's stage and method settings declare it
 * (Stage `cacheClusterEnabled` / `cacheClusterSize`, MethodSetting `caching*` fields; see
 * api-gateway-caching in the API Gateway developer guide, and the API reference's MethodSetting).
 */

/** The sizes API Gateway offers, in GB (the API reference's `cacheClusterSize`). */
export const CACHE_CLUSTER_SIZES = ["0.5", "1.6", "6.1", "13.5", "28.4", "58.2", "118", "237"] as const;
export type CacheClusterSize = (typeof CACHE_CLUSTER_SIZES)[number];

/** What a caller without `execute-api:InvalidateCache` gets for `Cache-Control: max-age=0` (MethodSetting's enum). */
export const UNAUTHORIZED_CACHE_CONTROL_STRATEGIES = ["FAIL_WITH_403", "SUCCEED_WITH_RESPONSE_HEADER", "SUCCEED_WITHOUT_RESPONSE_HEADER"] as const;
export type UnauthorizedCacheControlHeaderStrategy = (typeof UNAUTHORIZED_CACHE_CONTROL_STRATEGIES)[number];

/** One method-settings entry's caching fields (keyed `*\/*` or `/path/VERB`, like `methodThrottling`). */
export interface MethodCacheSettings {
  /** `*\/*` turns caching on for GET methods only; any other method needs its own `/path/VERB` entry. */
  cachingEnabled?: boolean;
  /** Default 300, at most 3600; 0 turns caching off. */
  cacheTtlInSeconds?: number;
  /** A setting only here: entries are kept in memory, encrypted or not (AWS encrypts them at rest). */
  cacheDataEncrypted?: boolean;
  /** Whether `Cache-Control: max-age=0` needs `execute-api:InvalidateCache` (per-key invalidation). Default true. */
  requireAuthorizationForCacheControl?: boolean;
  /** Default SUCCEED_WITH_RESPONSE_HEADER (the console's default: ignore the header, add a warning). */
  unauthorizedCacheControlHeaderStrategy?: UnauthorizedCacheControlHeaderStrategy;
}

export const DEFAULT_CACHE_TTL_SECONDS = 300;

/** AWS's cluster size when caching is turned on without one (the smallest). */
export const DEFAULT_CACHE_CLUSTER_SIZE: CacheClusterSize = "0.5";

/** A method setting's caching fields when neither `*\/*` nor the method's own entry sets them (GetStage shows these). */
export const METHOD_CACHE_DEFAULTS = {
  cachingEnabled: false,
  cacheTtlInSeconds: DEFAULT_CACHE_TTL_SECONDS,
  cacheDataEncrypted: false,
  requireAuthorizationForCacheControl: true,
  unauthorizedCacheControlHeaderStrategy: "SUCCEED_WITH_RESPONSE_HEADER",
} as const satisfies Required<MethodCacheSettings>;
export const MAX_CACHE_TTL_SECONDS = 3600;
/** "The maximum size of a response that can be cached is 1048576 bytes" (api-gateway-caching). */
export const MAX_CACHED_RESPONSE_BYTES = 1_048_576;

/**
 * Sent with a response when `max-age=0` was ignored under SUCCEED_WITH_RESPONSE_HEADER. AWS documents
 * only "add a warning header"; name and text are what the gateway is reported to send.
 */
export const UNAUTHORIZED_CACHE_CONTROL_WARNING = { name: "Warning", value: "199 Cache-control headers were ignored because the caller was unauthorized." } as const;

/** The cluster's memory: the size in GB as bytes (the emulator's bound for its LRU). */
export function cacheClusterBytes(size: CacheClusterSize): number {
  return Math.floor(Number(size) * 1024 ** 3);
}
