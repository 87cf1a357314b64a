import { routes } from "@linkgate/contract";
import { describe, expect, it } from "vitest";
import type { ContractRouteShape } from "./routes";
import { cachedMethodsFor, cachedMethodSettings, NEVER_CACHED_ROUTES, stageCacheFor } from "./stage-cache";

const route = (overrides: Partial<ContractRouteShape>): ContractRouteShape => ({ name: "getOpenApiDocument", method: "GET", path: "/openapi.json", auth: "public", ...overrides });

describe("the stage cache mapping, from the real contract", () => {
  it("caches the OpenAPI document on production only, in the smallest cluster", () => {
    expect(stageCacheFor("production", routes)).toEqual({
      clusterSize: "0.5",
      methods: [{ name: "getOpenApiDocument", method: "GET", path: "/openapi.json", methodPath: "openapi.json/GET", ttlSeconds: 300 }],
    });
    for (const stage of ["dev", "staging", "local", "Production"]) expect(stageCacheFor(stage, routes)).toBeUndefined();
  });

  it("never caches the redirect, health, or any route that is not public", () => {
    const cached = cachedMethodsFor(routes).map((method) => method.name);
    for (const name of NEVER_CACHED_ROUTES) expect(cached).not.toContain(name);
    for (const name of cached) expect(routes.find((candidate) => candidate.name === name)?.auth).toBe("public");
    expect(NEVER_CACHED_ROUTES).toContain("redirect");
  });

  it("refuses a cached route that is authorized, not a GET or not in the contract", () => {
    expect(() => cachedMethodsFor([route({ auth: "user" })])).toThrow('Route "getOpenApiDocument" is user: the cache key does not include the caller');
    expect(() => cachedMethodsFor([route({ method: "POST" })])).toThrow("only GET routes are cached");
    expect(() => cachedMethodsFor([])).toThrow('Cached route "getOpenApiDocument" is not a contract route.');
  });

  it("declares caching with authorization required for invalidation, and a warning instead of a refusal", () => {
    expect(cachedMethodSettings(cachedMethodsFor(routes)[0]!)).toEqual({
      cachingEnabled: true,
      cacheTtlInSeconds: 300,
      cacheDataEncrypted: false,
      requireAuthorizationForCacheControl: true,
      unauthorizedCacheControlHeaderStrategy: "SUCCEED_WITH_RESPONSE_HEADER",
    });
  });
});
