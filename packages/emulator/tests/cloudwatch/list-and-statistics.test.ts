import { GetMetricDataCommand, GetMetricStatisticsCommand, ListMetricsCommand, PutMetricDataCommand, paginateListMetrics, type ListMetricsCommandInput } from "@aws-sdk/client-cloudwatch";
import { Metrics, MetricUnit } from "@aws-lambda-powertools/metrics";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MINUTE_MS, minuteAgo, startFixture, type Fixture } from "./cloudwatch-fixture";

let fixture: Fixture;
beforeAll(async () => {
  fixture = await startFixture();
});
afterAll(() => fixture.close());

describe("ListMetrics", () => {
  it("lists each metric once per dimension set, filtered by namespace, name and dimensions (with or without value)", async () => {
    const at = new Date(minuteAgo(3));
    const datum = (MetricName: string, Dimensions: { Name: string; Value: string }[]) => ({ MetricName, Dimensions, Value: 1, Timestamp: at });
    await fixture.client.send(
      new PutMetricDataCommand({
        Namespace: "Listing",
        MetricData: [datum("A", [{ Name: "Route", Value: "x" }]), datum("A", [{ Name: "Route", Value: "x" }]), datum("A", [{ Name: "Route", Value: "y" }]), datum("B", [])],
      }),
    );
    await fixture.client.send(new PutMetricDataCommand({ Namespace: "Elsewhere", MetricData: [datum("A", [])] }));
    const list = async (input: ListMetricsCommandInput) =>
      ((await fixture.client.send(new ListMetricsCommand(input))).Metrics ?? []).map((m) => `${m.Namespace}/${m.MetricName}[${(m.Dimensions ?? []).map((d) => `${d.Name}=${d.Value}`).join(",")}]`).sort();
    expect(await list({ Namespace: "Listing" })).toEqual(["Listing/A[Route=x]", "Listing/A[Route=y]", "Listing/B[]"]);
    expect(await list({ MetricName: "A" })).toEqual(["Elsewhere/A[]", "Listing/A[Route=x]", "Listing/A[Route=y]"]);
    expect(await list({ Namespace: "Listing", Dimensions: [{ Name: "Route" }] })).toEqual(["Listing/A[Route=x]", "Listing/A[Route=y]"]);
    expect(await list({ Namespace: "Listing", Dimensions: [{ Name: "Route", Value: "y" }] })).toEqual(["Listing/A[Route=y]"]);
    expect(await list({ Namespace: "Listing", RecentlyActive: "PT3H" })).toHaveLength(3);
  });

  it("pages past 500 metrics with NextToken, as the SDK's paginator follows it", async () => {
    for (let i = 0; i < 1_200; i++) fixture.cloudwatch.recorder.record({ namespace: "Paged", name: "M", dimensions: { Shard: String(i) }, value: 1 });
    const pages: number[] = [];
    for await (const page of paginateListMetrics({ client: fixture.client }, { Namespace: "Paged" })) pages.push(page.Metrics!.length);
    expect(pages).toEqual([500, 500, 200]);
  });
});

describe("GetMetricStatistics", () => {
  it("returns the statistics and extended statistics asked for, per period, with the data's unit", async () => {
    const start = minuteAgo(20);
    const Values = Array.from({ length: 100 }, (_, i) => i + 1);
    await fixture.client.send(new PutMetricDataCommand({ Namespace: "Stats", MetricData: [{ MetricName: "Latency", Unit: "Milliseconds", Values, Timestamp: new Date(start) }, { MetricName: "Latency", Unit: "Milliseconds", Value: 500, Timestamp: new Date(start + 2 * MINUTE_MS) }] }));
    const { Label, Datapoints } = await fixture.client.send(
      new GetMetricStatisticsCommand({
        Namespace: "Stats",
        MetricName: "Latency",
        StartTime: new Date(start),
        EndTime: new Date(start + 4 * MINUTE_MS),
        Period: 120,
        Statistics: ["SampleCount", "Sum", "Average", "Minimum", "Maximum"],
        ExtendedStatistics: ["p50", "p99"],
      }),
    );
    expect(Label).toBe("Latency");
    const sorted = [...Datapoints!].sort((a, b) => a.Timestamp!.getTime() - b.Timestamp!.getTime());
    expect(sorted).toHaveLength(2);
    expect(sorted[0]).toMatchObject({ Timestamp: new Date(start), SampleCount: 100, Sum: 5050, Average: 50.5, Minimum: 1, Maximum: 100, Unit: "Milliseconds" });
    expect(Math.abs(sorted[0]!.ExtendedStatistics!.p50! - 50)).toBeLessThanOrEqual(0.5);
    expect(Math.abs(sorted[0]!.ExtendedStatistics!.p99! - 99)).toBeLessThanOrEqual(0.99);
    expect(sorted[1]).toMatchObject({ Timestamp: new Date(start + 2 * MINUTE_MS), SampleCount: 1, ExtendedStatistics: { p50: 500, p99: 500 } });
  });

  it("a Unit that the data does not have returns no data points, as CloudWatch", async () => {
    const start = minuteAgo(20);
    const { Datapoints } = await fixture.client.send(
      new GetMetricStatisticsCommand({ Namespace: "Stats", MetricName: "Latency", StartTime: new Date(start), EndTime: new Date(start + 4 * MINUTE_MS), Period: 60, Statistics: ["Sum"], Unit: "Seconds" }),
    );
    expect(Datapoints).toEqual([]);
  });
});

describe("EMF and the recorder", () => {
  it("an EMF line a function logs (Powertools Metrics) appears as a metric in its namespace, with its dimensions", async () => {
    const metrics = new Metrics({ namespace: "Linkgate", serviceName: "redirect" });
    metrics.addDimension("route", "GET /{code}");
    metrics.addMetric("Redirects", MetricUnit.Count, 1);
    metrics.addMetric("Redirects", MetricUnit.Count, 1);
    expect(fixture.cloudwatch.recorder.logLine(JSON.stringify(metrics.serializeMetrics()))).toBe(2);
    const listed = await fixture.client.send(new ListMetricsCommand({ Namespace: "Linkgate" }));
    expect(listed.Metrics).toEqual([{ Namespace: "Linkgate", MetricName: "Redirects", Dimensions: [{ Name: "route", Value: "GET /{code}" }, { Name: "service", Value: "redirect" }] }]);
    const result = await fixture.client.send(
      new GetMetricDataCommand({
        StartTime: new Date(minuteAgo(1)),
        EndTime: new Date(Date.now() + MINUTE_MS),
        MetricDataQueries: [{ Id: "r", MetricStat: { Metric: listed.Metrics![0], Period: 60, Stat: "Sum" } }],
      }),
    );
    expect(result.MetricDataResults![0]!.Values!.reduce((a, b) => a + b, 0)).toBe(2);
  });

  it("gateway requests and Lambda invocations recorded by the wiring read back as AWS/ApiGateway and AWS/Lambda", async () => {
    const at = minuteAgo(4);
    for (const status of [200, 200, 404, 502]) {
      fixture.cloudwatch.recorder.gatewayRequest({ apiName: "linkgate", stage: "local", resourcePath: "/{code}", httpMethod: "GET", status, latencyMs: 10, integrationLatencyMs: 8, at });
    }
    fixture.cloudwatch.recorder.lambdaInvocation({ functionName: "redirect", durationMs: 5, at });
    fixture.cloudwatch.recorder.lambdaInvocation({ functionName: "redirect", throttled: true, at });
    const stage = [{ Name: "ApiName", Value: "linkgate" }, { Name: "Stage", Value: "local" }];
    const fn = [{ Name: "FunctionName", Value: "redirect" }];
    const stat = (Id: string, Namespace: string, MetricName: string, Dimensions: typeof stage, Stat = "Sum") => ({ Id, MetricStat: { Metric: { Namespace, MetricName, Dimensions }, Period: 60, Stat } });
    const result = await fixture.client.send(
      new GetMetricDataCommand({
        StartTime: new Date(at),
        EndTime: new Date(at + MINUTE_MS),
        MetricDataQueries: [
          stat("count", "AWS/ApiGateway", "Count", stage),
          stat("client", "AWS/ApiGateway", "4XXError", stage),
          stat("server", "AWS/ApiGateway", "5XXError", stage, "Average"),
          stat("invocations", "AWS/Lambda", "Invocations", fn),
          stat("throttles", "AWS/Lambda", "Throttles", fn),
        ],
      }),
    );
    expect(result.MetricDataResults!.map((r) => [r.Id, r.Values])).toEqual([["count", [4]], ["client", [1]], ["server", [0.25]], ["invocations", [1]], ["throttles", [1]]]);
  });
});
