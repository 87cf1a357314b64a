import { CloudWatchClient, GetMetricDataCommand, type MetricDataQuery } from "@aws-sdk/client-cloudwatch";
import { afterEach, describe, expect, it } from "vitest";
import { startCloudWatch, type CloudWatch } from "../../src/cloudwatch/cloudwatch-server";
import { startGateway, type Gateway } from "../../src/apigateway/gateway-server";
import { FakeInvoker, type FakeHandler } from "./support/fake-invoker";
import { definition, route } from "./support/gateway-fixture-lite";
import { MemoryUsageGate } from "./support/memory-usage-gate";

const running: { close(): Promise<void> }[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((part) => part.close()));
});

const handlers: Record<string, FakeHandler> = {
  fine: () => ({ statusCode: 200, body: "{}" }),
  missing: () => ({ statusCode: 404, body: "{}" }),
  broken: () => ({ statusCode: 500, body: "{}" }),
};
const MINUTE = 60_000;

async function stack(extra: Parameters<typeof definition>[2] = {}, keys: ConstructorParameters<typeof MemoryUsageGate>[0] = []): Promise<{ gateway: Gateway; cloudwatch: CloudWatch; client: CloudWatchClient }> {
  const cloudwatch = await startCloudWatch();
  running.push({ close: () => cloudwatch.stop() });
  const routes = [route("GET", "/fine", "fine"), route("GET", "/items/{id}", "missing"), route("POST", "/broken", "broken"), route("GET", "/keyed", "fine", { apiKeyRequired: true })];
  const gateway = await startGateway({
    definition: definition(routes, handlers, { name: "shop-api", ...extra }),
    invoker: new FakeInvoker(handlers),
    usageGate: new MemoryUsageGate(keys),
    metrics: {
      recorder: cloudwatch.recorder,
      accessLogFilters: [{ namespace: "Shop/Gateway", metricName: "QuotaExceeded", pattern: '{ $.responseType = "QUOTA_EXCEEDED" }', value: "1", dimensions: { Stage: "$.stage" } }],
    },
  });
  running.push(gateway);
  const client = new CloudWatchClient({ endpoint: cloudwatch.url, region: "us-east-1", credentials: { accessKeyId: "local", secretAccessKey: "local" } });
  return { gateway, cloudwatch, client };
}

const stat = (id: string, metricName: string, dimensions: Record<string, string>, stat: string, namespace = "AWS/ApiGateway"): MetricDataQuery => ({
  Id: id,
  MetricStat: { Metric: { Namespace: namespace, MetricName: metricName, Dimensions: Object.entries(dimensions).map(([Name, Value]) => ({ Name, Value })) }, Period: 60, Stat: stat },
});

/** Values by minute (epoch ms) for each query id. */
async function byMinute(client: CloudWatchClient, queries: MetricDataQuery[], from: number, to: number) {
  const answer = await client.send(new GetMetricDataCommand({ MetricDataQueries: queries, StartTime: new Date(from), EndTime: new Date(to) }));
  return Object.fromEntries(
    (answer.MetricDataResults ?? []).map((result) => [result.Id, Object.fromEntries((result.Timestamps ?? []).map((at, index) => [new Date(at).getTime(), result.Values?.[index]]))]),
  ) as Record<string, Record<number, number>>;
}

describe("the gateway's CloudWatch metrics, read with the real SDK", () => {
  it("count every call, its 4xx and 5xx, in the minute it was made, and keep latency within what the client saw", async () => {
    const { gateway, client } = await stack();
    const calls: { minute: number; status: number; ms: number }[] = [];
    const call = async (method: string, path: string) => {
      const started = performance.now();
      const at = Date.now();
      const response = await fetch(`${gateway.url}${path}`, { method });
      await response.arrayBuffer();
      calls.push({ minute: Math.floor(at / MINUTE) * MINUTE, status: response.status, ms: performance.now() - started });
    };
    for (let i = 0; i < 7; i += 1) await call("GET", "/fine");
    for (let i = 0; i < 3; i += 1) await call("GET", `/items/${i}`);
    for (let i = 0; i < 2; i += 1) await call("POST", "/broken");
    await call("GET", "/nowhere"); // no route: 403 Missing Authentication Token, counted by the stage only
    await call("GET", "/keyed"); // no key: 403 Forbidden from the gateway itself

    const expected = (test: (status: number) => boolean) => {
      const counts: Record<number, number> = {};
      for (const c of calls) counts[c.minute] = (counts[c.minute] ?? 0) + (test(c.status) ? 1 : 0);
      return counts;
    };
    const stage = { ApiName: "shop-api", Stage: "test" };
    const from = Math.min(...calls.map((c) => c.minute));
    const to = Math.max(...calls.map((c) => c.minute)) + MINUTE;
    const got = await byMinute(client, [
      stat("calls", "Count", stage, "Sum"),
      stat("e4", "4XXError", stage, "Sum"),
      stat("e5", "5XXError", stage, "Sum"),
      stat("samples", "Latency", stage, "SampleCount"),
      stat("slowest", "Latency", stage, "Maximum"),
      stat("p99", "Latency", stage, "p99"),
      stat("items", "Count", { ...stage, Resource: "/items/{id}", Method: "GET" }, "Sum"),
      stat("itemErrors", "4XXError", { ...stage, Resource: "/items/{id}", Method: "GET" }, "Sum"),
    ], from, to);

    expect(got.calls).toEqual(expected(() => true));
    expect(got.e4).toEqual(expected((status) => status >= 400 && status < 500));
    expect(got.e5).toEqual(expected((status) => status >= 500));
    expect(got.samples).toEqual(expected(() => true));
    expect(Object.values(got.items ?? {}).reduce((sum, n) => sum + n, 0)).toBe(3);
    expect(Object.values(got.itemErrors ?? {}).reduce((sum, n) => sum + n, 0)).toBe(3);
    // The gateway's latency runs from reading the request to writing the answer: inside the client's round trip.
    const slowestSeen = Math.max(...calls.map((c) => c.ms));
    for (const value of [...Object.values(got.slowest ?? {}), ...Object.values(got.p99 ?? {})]) {
      expect(value).toBeGreaterThanOrEqual(0);
      expect(value).toBeLessThanOrEqual(slowestSeen * 1.01);
    }
  });

  it("count quota refusals through the access log's metric filter, by stage", async () => {
    const { gateway, client } = await stack({}, [{ id: "k1", value: "key-value-0123456789", quota: 1 }]);
    const start = Math.floor(Date.now() / MINUTE) * MINUTE;
    const statuses = [];
    for (let i = 0; i < 3; i += 1) statuses.push((await fetch(`${gateway.url}/keyed`, { headers: { "x-api-key": "key-value-0123456789" } })).status);
    expect(statuses).toEqual([200, 429, 429]);
    const got = await byMinute(client, [stat("quota", "QuotaExceeded", { Stage: "test" }, "Sum", "Shop/Gateway")], start - MINUTE, Date.now() + MINUTE);
    expect(Object.values(got.quota ?? {}).reduce((sum, n) => sum + n, 0)).toBe(2);
  });

  it("leave out the per-method metrics when the stage's detailed metrics are off", async () => {
    const { gateway, client } = await stack({ detailedMetrics: false });
    await fetch(`${gateway.url}/fine`);
    const start = Math.floor(Date.now() / MINUTE) * MINUTE;
    const got = await byMinute(client, [stat("stage", "Count", { ApiName: "shop-api", Stage: "test" }, "Sum"), stat("method", "Count", { ApiName: "shop-api", Stage: "test", Resource: "/fine", Method: "GET" }, "Sum")], start - MINUTE, Date.now() + MINUTE);
    expect(Object.values(got.stage ?? {})).toEqual([1]);
    expect(got.method).toEqual({});
  });
});
