import { FlushStageCacheCommand, GetStageCommand } from "@aws-sdk/client-api-gateway";
import { CloudWatchClient, GetMetricDataCommand, type MetricDataQuery } from "@aws-sdk/client-cloudwatch";
import { afterAll, describe, expect, it } from "vitest";
import { LOCAL_API_NAME, LOCAL_APP, REST_API_ID } from "../src/start-stack";
import { adminClient, apiGatewayClient, newUser, stack } from "./support/stack-clients";

const cloudwatch = new CloudWatchClient({ endpoint: stack().cloudwatchUrl, region: "us-east-1", credentials: { accessKeyId: "local", secretAccessKey: "local" } });
afterAll(() => cloudwatch.destroy());

const sum = async (metricName: string, resource: string, since: number) => {
  const dimensions = { ApiName: LOCAL_API_NAME, Stage: LOCAL_APP.stage, Resource: resource, Method: "GET" };
  const query: MetricDataQuery = {
    Id: "m",
    MetricStat: { Metric: { Namespace: "AWS/ApiGateway", MetricName: metricName, Dimensions: Object.entries(dimensions).map(([Name, Value]) => ({ Name, Value })) }, Period: 60, Stat: "Sum" },
  };
  const answer = await cloudwatch.send(new GetMetricDataCommand({ MetricDataQueries: [query], StartTime: new Date(since - 60_000), EndTime: new Date(Date.now() + 60_000) }));
  return (answer.MetricDataResults?.[0]?.Values ?? []).reduce((total, value) => total + value, 0);
};

describe("the stack with production's stage cache", () => {
  it("serves the OpenAPI document from the cache after the first call, and a flush sends it to the function again", async () => {
    const sdk = apiGatewayClient();
    await sdk.send(new FlushStageCacheCommand({ restApiId: REST_API_ID, stageName: LOCAL_APP.stage }));
    const since = Date.now();
    const before = { hits: await sum("CacheHitCount", "/openapi.json", since), misses: await sum("CacheMissCount", "/openapi.json", since) };
    const bodies = [];
    for (let i = 0; i < 3; i += 1) bodies.push(await (await fetch(`${stack().apiUrl}/openapi.json`)).text());
    expect(new Set(bodies).size).toBe(1);
    await sdk.send(new FlushStageCacheCommand({ restApiId: REST_API_ID, stageName: LOCAL_APP.stage }));
    await fetch(`${stack().apiUrl}/openapi.json`);
    // At least: another test file may fetch the document meanwhile (files run in parallel).
    expect(await sum("CacheHitCount", "/openapi.json", since)).toBeGreaterThanOrEqual(before.hits + 2);
    expect(await sum("CacheMissCount", "/openapi.json", since)).toBeGreaterThanOrEqual(before.misses + 2);
  });

  it("reports the cluster through GetStage, as the admin API reads it in production", async () => {
    const stage = await apiGatewayClient().send(new GetStageCommand({ restApiId: REST_API_ID, stageName: LOCAL_APP.stage }));
    expect(stage).toMatchObject({ cacheClusterEnabled: true, cacheClusterSize: "0.5", cacheClusterStatus: "AVAILABLE" });
    expect(stage.methodSettings?.["~1openapi.json/GET"]).toMatchObject({ cachingEnabled: true, cacheTtlInSeconds: 300 });
    const admin = await adminClient();
    expect((await admin.call("getAdminMetrics")).stageCache).toEqual({ enabled: true, sizeGb: "0.5", status: "AVAILABLE" });
  });

  it("never serves the redirect from the cache: every click reaches the function and is counted", async () => {
    const { client } = await newUser("cacheclicks");
    const link = await client.call("createMyLink", { body: { target: "https://example.com/cached" } });
    const since = Date.now();
    for (let i = 0; i < 3; i += 1) expect((await fetch(`${stack().apiUrl}/${link.code}`, { redirect: "manual" })).status).toBe(301);
    const stats = await client.call("getMyLinkStats", { path: { code: link.code } });
    expect(stats.totalClicks).toBe(3);
    expect(await sum("CacheHitCount", "/{code}", since)).toBe(0);
    expect(await sum("CacheMissCount", "/{code}", since)).toBe(0);
  });
});
