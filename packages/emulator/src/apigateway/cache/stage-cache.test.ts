import { describe, expect, it } from "vitest";
import type { ApiDefinition } from "../definition";
import { Router } from "../router";
import type { CacheClusterSize, UnauthorizedCacheControlHeaderStrategy } from "./cache-definition";
import { compileStageCache } from "./stage-cache";

const routes: ApiDefinition["routes"] = [
  { method: "GET", path: "/a", function: "f" },
  { method: "POST", path: "/a", function: "f" },
  { method: "ANY", path: "/any", function: "f" },
  { method: "GET", path: "/p/{id}", function: "f" },
];
const definition = (extra: Partial<ApiDefinition>): ApiDefinition => ({ restApiId: "r", stage: "s", routes, functions: { f: { entry: "f.ts" } }, cacheClusterEnabled: true, ...extra });
const compile = (extra: Partial<ApiDefinition>) => compileStageCache(definition(extra), new Router(definition(extra).routes));
const routeNamed = (method: string, path: string) => routes.find((r) => r.method === method && r.path === path)!;

describe("compileStageCache", () => {
  it("is absent without a cluster, so requests do no cache work", () => {
    expect(compile({ cacheClusterEnabled: false, methodCaching: { "*/*": { cachingEnabled: true } } })).toBeUndefined();
  });

  it("caches GET (and ANY's GET requests) under */*, other methods only by their own entry, with AWS's defaults", () => {
    const stage = compile({ methodCaching: { "*/*": { cachingEnabled: true } } })!;
    expect(stage.routes.get(routeNamed("GET", "/a"))).toMatchObject({ ttlMs: 300_000, methods: "GET", requireAuthorization: true, strategy: "SUCCEED_WITH_RESPONSE_HEADER", encrypted: false });
    expect(stage.routes.get(routeNamed("ANY", "/any"))?.methods).toBe("GET");
    expect(stage.routes.has(routeNamed("POST", "/a"))).toBe(false);
    const post = compile({ methodCaching: { "/a/POST": { cachingEnabled: true, cacheTtlInSeconds: 60 } } })!;
    expect(post.routes.get(routeNamed("POST", "/a"))).toMatchObject({ ttlMs: 60_000, methods: "ALL" });
    expect(post.routes.has(routeNamed("GET", "/a"))).toBe(false);
  });

  it("turns a method off with a TTL of 0 or its own cachingEnabled false", () => {
    const stage = compile({ methodCaching: { "*/*": { cachingEnabled: true }, "/a/GET": { cacheTtlInSeconds: 0 }, "/p/{id}/GET": { cachingEnabled: false } } })!;
    expect(stage.routes.has(routeNamed("GET", "/a"))).toBe(false);
    expect(stage.routes.has(routeNamed("GET", "/p/{id}"))).toBe(false);
    expect(stage.routes.has(routeNamed("ANY", "/any"))).toBe(true);
  });

  it("sizes the cluster from AWS's sizes and rejects any other", () => {
    expect(compile({})!.size).toBe("0.5");
    expect(compile({ cacheClusterSize: "237" })!.responses.capacityBytes).toBe(237 * 1024 ** 3);
    expect(() => compile({ cacheClusterSize: "2" as CacheClusterSize })).toThrow('cacheClusterSize must be one of 0.5, 1.6, 6.1, 13.5, 28.4, 58.2, 118, 237 (GB), got "2"');
  });

  it("names what is wrong in a method setting or a cache key parameter, even with the cluster off", () => {
    expect(() => compile({ methodCaching: { "*/*": { cacheTtlInSeconds: 3601 } } })).toThrow('methodCaching["*/*"].cacheTtlInSeconds must be an integer from 0 to 3600, got 3601');
    expect(() => compile({ methodCaching: { "/nope/GET": { cachingEnabled: true } } })).toThrow('methodCaching["/nope/GET"]: the key must be "*/*" or "/path/VERB" naming a route of the stage');
    expect(() => compile({ methodCaching: { "*/*": { unauthorizedCacheControlHeaderStrategy: "IGNORE" as UnauthorizedCacheControlHeaderStrategy } } })).toThrow(
      "unauthorizedCacheControlHeaderStrategy must be one of FAIL_WITH_403, SUCCEED_WITH_RESPONSE_HEADER, SUCCEED_WITHOUT_RESPONSE_HEADER",
    );
    const badKey = { routes: [{ method: "GET" as const, path: "/p/{id}", function: "f", cacheKeyParameters: ["querystring.id"] }] };
    expect(() => compile({ ...badKey, cacheClusterEnabled: false })).toThrow('Route GET /p/{id}: cache key parameter "querystring.id" must be method.request.');
    const noSuchPath = { routes: [{ method: "GET" as const, path: "/p/{id}", function: "f", cacheKeyParameters: ["method.request.path.code"] }] };
    expect(() => compile(noSuchPath)).toThrow("cache key parameter method.request.path.code names no path parameter of /p/{id}");
  });
});
