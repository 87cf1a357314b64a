import type { ApiDefinition, RouteDefinition } from "../definition";
import type { Router } from "../router";
import { cacheClusterBytes, type CacheClusterSize } from "./cache-definition";
import { compileCacheKey, type CacheKeyOf } from "./cache-key";
import { checkedClusterSize, routeCacheSettings, type RouteCacheSettings } from "./method-cache-settings";
import { ResponseCache } from "./response-cache";

export interface RouteCache extends RouteCacheSettings {
  keyOf: CacheKeyOf;
}

/** The stage cache, compiled with the stage: its cluster and the routes it caches (absent ones are never looked up). */
export interface StageCache {
  size: CacheClusterSize;
  responses: ResponseCache;
  routes: ReadonlyMap<RouteDefinition, RouteCache>;
}

/**
 * Checks every cache setting (even with the cluster off, so a definition that SST would reject fails
 * here too), then returns the stage cache, or undefined without a cluster — so a stage without one
 * does no cache work per request.
 */
export function compileStageCache(definition: ApiDefinition, router: Router): StageCache | undefined {
  const size = checkedClusterSize(definition);
  const routes = new Map<RouteDefinition, RouteCache>();
  for (const resource of router.resources) {
    for (const route of resource.methods.values()) {
      const keyOf = compileCacheKey(route.cacheKeyParameters ?? [], resource.path, `Route ${route.method} ${route.path}`);
      const settings = routeCacheSettings(definition.methodCaching ?? {}, route, resource.path);
      if (settings) routes.set(route, { ...settings, keyOf });
    }
  }
  if (definition.cacheClusterEnabled !== true) return undefined;
  return { size, responses: new ResponseCache(cacheClusterBytes(size)), routes };
}
