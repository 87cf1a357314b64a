import {
  APIGatewayClient,
  CreateApiKeyCommand,
  CreateUsagePlanCommand,
  CreateUsagePlanKeyCommand,
  FlushStageCacheCommand,
  GetStageCommand,
  NotFoundException,
} from "@aws-sdk/client-api-gateway";
import { CloudWatchClient, GetMetricDataCommand, type MetricDataQuery } from "@aws-sdk/client-cloudwatch";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Emulator } from "../../src/emulator";
import { cacheDefinition, call, invocations, probeRoute, startCacheStack } from "./support/cache-stack";

const credentials = { accessKeyId: "local", secretAccessKey: "local" };
const definition = cacheDefinition(
  [probeRoute("GET", "/report"), probeRoute("GET", "/metered", { apiKeyRequired: true }), probeRoute("POST", "/report"), probeRoute("GET", "/tally"), probeRoute("POST", "/tally")],
  { "*/*": { cachingEnabled: true, cacheTtlInSeconds: 120 }, "/metered/GET": { cacheDataEncrypted: true } },
  { cacheClusterSize: "1.6", methodThrottling: { "/report/POST": { rateLimit: 10, burstLimit: 20 } } },
);

const query = (id: string, metricName: string, dimensions: Record<string, string>): MetricDataQuery => ({
  Id: id,
  MetricStat: { Metric: { Namespace: "AWS/ApiGateway", MetricName: metricName, Dimensions: Object.entries(dimensions).map(([Name, Value]) => ({ Name, Value })) }, Period: 60, Stat: "Sum" },
});

describe("the stage cache through the management API and CloudWatch, with the real SDKs", () => {
  let emulator: Emulator;
  let apigateway: APIGatewayClient;
  let cloudwatch: CloudWatchClient;
  beforeAll(async () => {
    emulator = await startCacheStack(definition);
    apigateway = new APIGatewayClient({ endpoint: emulator.controlPlaneUrl, region: "us-east-1", credentials, maxAttempts: 1 });
    cloudwatch = new CloudWatchClient({ endpoint: emulator.cloudwatchUrl, region: "us-east-1", credentials });
  }, 60_000);
  afterAll(async () => {
    apigateway?.destroy();
    cloudwatch?.destroy();
    await emulator?.close();
  });

  it("FlushStageCache empties the cache: the next call invokes the function again", async () => {
    const first = await call(emulator, "/report");
    expect((await call(emulator, "/report")).serial).toBe(first.serial);
    await apigateway.send(new FlushStageCacheCommand({ restApiId: "cached", stageName: "test" }));
    expect((await call(emulator, "/report")).serial).not.toBe(first.serial);
    await expect(apigateway.send(new FlushStageCacheCommand({ restApiId: "cached", stageName: "prod" }))).rejects.toBeInstanceOf(NotFoundException);
  });

  it("GetStage reports the cluster and the method settings' caching fields", async () => {
    const stage = await apigateway.send(new GetStageCommand({ restApiId: "cached", stageName: "test" }));
    expect(stage).toMatchObject({ stageName: "test", cacheClusterEnabled: true, cacheClusterSize: "1.6", cacheClusterStatus: "AVAILABLE" });
    expect(stage.methodSettings?.["*/*"]).toMatchObject({
      cachingEnabled: true,
      cacheTtlInSeconds: 120,
      cacheDataEncrypted: false,
      requireAuthorizationForCacheControl: true,
      unauthorizedCacheControlHeaderStrategy: "SUCCEED_WITH_RESPONSE_HEADER",
      metricsEnabled: true,
    });
    expect(stage.methodSettings?.["~1metered/GET"]).toMatchObject({ cachingEnabled: true, cacheDataEncrypted: true, cacheTtlInSeconds: 120 });
    expect(stage.methodSettings?.["~1report/POST"]).toMatchObject({ cachingEnabled: true, throttlingRateLimit: 10, throttlingBurstLimit: 20 });
  });

  it("a hit still needs its API key and counts against the quota", async () => {
    const plan = await apigateway.send(
      new CreateUsagePlanCommand({ name: "two", apiStages: [{ apiId: "cached", stage: "test" }], throttle: { rateLimit: 100, burstLimit: 100 }, quota: { limit: 2, period: "DAY" } }),
    );
    const key = await apigateway.send(new CreateApiKeyCommand({ name: "k", enabled: true }));
    await apigateway.send(new CreateUsagePlanKeyCommand({ usagePlanId: plan.id!, keyId: key.id!, keyType: "API_KEY" }));
    const keyed = { headers: { "x-api-key": key.value! } };
    const before = invocations(emulator);
    const first = await call(emulator, "/metered", keyed);
    const second = await call(emulator, "/metered", keyed);
    expect([first.status, second.status, second.serial]).toEqual([200, 200, first.serial]);
    expect(invocations(emulator) - before).toBe(1);
    expect((await call(emulator, "/metered", keyed)).status).toBe(429);
    expect((await call(emulator, "/metered")).status).toBe(403);
  });

  it("reports CacheHitCount and CacheMissCount per stage and per method, read with GetMetricData", async () => {
    const started = Date.now();
    await apigateway.send(new FlushStageCacheCommand({ restApiId: "cached", stageName: "test" }));
    for (let i = 0; i < 4; i += 1) await call(emulator, "/tally"); // 1 miss, 3 hits
    await call(emulator, "/tally", { method: "POST" }); // not cached: neither
    const stage = { ApiName: "cached-api", Stage: "test" };
    const method = { ...stage, Resource: "/tally", Method: "GET" };
    const answer = await cloudwatch.send(
      new GetMetricDataCommand({
        MetricDataQueries: [query("hits", "CacheHitCount", method), query("misses", "CacheMissCount", method), query("posts", "CacheMissCount", { ...method, Method: "POST" })],
        StartTime: new Date(started - 60_000),
        EndTime: new Date(Date.now() + 60_000),
      }),
    );
    const sums = Object.fromEntries((answer.MetricDataResults ?? []).map((r) => [r.Id, (r.Values ?? []).reduce((a, b) => a + b, 0)]));
    expect(sums).toEqual({ hits: 3, misses: 1, posts: 0 });
    const staged = await cloudwatch.send(
      new GetMetricDataCommand({ MetricDataQueries: [query("hits", "CacheHitCount", stage)], StartTime: new Date(started - 60_000), EndTime: new Date(Date.now() + 60_000) }),
    );
    // Earlier tests' hits are in the stage's series too: at least this test's three.
    expect((staged.MetricDataResults?.[0]?.Values ?? []).reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(3);
  });
});
