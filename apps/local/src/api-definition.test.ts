import { routes } from "@linkgate/contract";
import { stageCacheFor } from "@linkgate/infra/mapping";
import { describe, expect, it } from "vitest";
import { buildLocalApiDefinition, type LocalApiInput } from "./api-definition";

const input: LocalApiInput = { restApiId: "r", name: "n", stage: "local", region: "us-east-1", environment: {}, authorizerEnvironment: {}, authorizerTtlSeconds: 300 };

describe("buildLocalApiDefinition's stage cache", () => {
  it("has no cache cluster by default, as the local stage has none", () => {
    const definition = buildLocalApiDefinition(input);
    expect(definition.cacheClusterEnabled).toBeUndefined();
    expect(definition.methodCaching).toBeUndefined();
  });

  it("declares production's cache as SST deploys it: a 0.5 GB cluster and the OpenAPI document's method only", () => {
    const definition = buildLocalApiDefinition({ ...input, stageCache: stageCacheFor("production", routes)! });
    expect(definition).toMatchObject({ cacheClusterEnabled: true, cacheClusterSize: "0.5" });
    expect(definition.methodCaching).toEqual({
      "/openapi.json/GET": {
        cachingEnabled: true,
        cacheTtlInSeconds: 300,
        cacheDataEncrypted: false,
        requireAuthorizationForCacheControl: true,
        unauthorizedCacheControlHeaderStrategy: "SUCCEED_WITH_RESPONSE_HEADER",
      },
    });
    // Nothing stage-wide: the redirect and every authorized route stay uncached.
    expect(definition.methodCaching?.["*/*"]).toBeUndefined();
  });
});
