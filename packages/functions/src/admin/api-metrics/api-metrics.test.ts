import { apiMetricsSchema } from "@linkgate/contract";
import { describe, expect, it } from "vitest";
import { assembleApiMetrics } from "./assemble-api-metrics";
import { apiMetricQueries, rangeWindow } from "./metric-queries";

const stage = { apiName: "linkgate-test-Api", stage: "test" };
const routes = [
  { name: "redirect", method: "GET", resource: "/{code}" },
  { name: "getMe", method: "GET", resource: "/me" },
];

describe("rangeWindow", () => {
  it("ends with the period holding now and covers the range in whole periods", () => {
    const window = rangeWindow("1h", new Date("2026-12-03T10:17:42Z"));
    expect(window).toEqual({ from: new Date("2026-12-03T09:18:00Z"), to: new Date("2026-12-03T10:18:00Z"), periodSeconds: 60, seconds: 3600 });
    expect(rangeWindow("7d", new Date("2026-12-03T10:17:42Z")).to).toEqual(new Date("2026-12-03T11:00:00Z"));
  });
});

describe("apiMetricQueries", () => {
  const queries = apiMetricQueries(stage, routes, { periodSeconds: 60, seconds: 3600 });

  it("asks for the stage's figures per period and over the range, each route's, and the two refusal counts, within GetMetricData's 500", () => {
    expect(queries).toHaveLength(5 + 5 + 5 * routes.length + 2);
    expect(new Set(queries.map((query) => query.Id)).size).toBe(queries.length);
    expect(queries.every((query) => /^[a-z][A-Za-z0-9_]*$/.test(query.Id ?? ""))).toBe(true);
  });

  it("reads API Gateway's names and statistics, by ApiName and Stage, and by Resource and Method per route", () => {
    const byId = new Map(queries.map((query) => [query.Id, query.MetricStat]));
    expect(byId.get("series_calls")).toEqual({
      Metric: { Namespace: "AWS/ApiGateway", MetricName: "Count", Dimensions: [{ Name: "ApiName", Value: stage.apiName }, { Name: "Stage", Value: "test" }] },
      Period: 60,
      Stat: "Sum",
    });
    expect(byId.get("total_p99LatencyMs")).toMatchObject({ Metric: { MetricName: "Latency" }, Period: 3600, Stat: "p99" });
    expect(byId.get("route1_errors5xx")?.Metric?.Dimensions).toEqual([
      { Name: "ApiName", Value: stage.apiName },
      { Name: "Stage", Value: "test" },
      { Name: "Resource", Value: "/me" },
      { Name: "Method", Value: "GET" },
    ]);
    expect(byId.get("refusals_quotaExceeded")).toMatchObject({ Metric: { Namespace: "Linkgate/Gateway", MetricName: "QuotaExceeded", Dimensions: [{ Name: "Stage", Value: "test" }] }, Stat: "Sum" });
  });
});

describe("assembleApiMetrics", () => {
  const now = new Date("2026-12-03T10:17:42Z");
  const window = rangeWindow("1h", now);
  const minute = (iso: string) => new Date(iso);
  const results = [
    { Id: "series_calls", Timestamps: [minute("2026-12-03T10:15:00Z"), minute("2026-12-03T10:17:00Z")], Values: [4, 6] },
    { Id: "series_errors4xx", Timestamps: [minute("2026-12-03T10:17:00Z")], Values: [2] },
    { Id: "series_p99LatencyMs", Timestamps: [minute("2026-12-03T10:17:00Z")], Values: [41.5] },
    { Id: "total_calls", Timestamps: [window.from], Values: [10] },
    { Id: "total_errors4xx", Timestamps: [window.from], Values: [2] },
    { Id: "total_p50LatencyMs", Timestamps: [window.from], Values: [12] },
    { Id: "route0_calls", Timestamps: [window.from], Values: [3] },
    { Id: "route1_calls", Timestamps: [window.from], Values: [7] },
    { Id: "route1_errors4xx", Timestamps: [window.from], Values: [2] },
    { Id: "refusals_throttled", Timestamps: [window.from], Values: [1] },
    { Id: "refusals_quotaExceeded", Timestamps: [], Values: [] },
  ];
  const metrics = assembleApiMetrics({ range: "1h", window, stage, routes, results, now });

  it("is what the contract documents", () => {
    expect(apiMetricsSchema.safeParse(metrics).success).toBe(true);
  });

  it("has one point per period, oldest first, zeros and nulls where CloudWatch had no data", () => {
    expect(metrics.series).toHaveLength(60);
    expect(metrics.series[0]).toEqual({ at: "2026-12-03T09:18:00.000Z", calls: 0, errors4xx: 0, errors5xx: 0, p50LatencyMs: null, p99LatencyMs: null });
    expect(metrics.series.at(-1)).toEqual({ at: "2026-12-03T10:17:00.000Z", calls: 6, errors4xx: 2, errors5xx: 0, p50LatencyMs: null, p99LatencyMs: 41.5 });
    expect(metrics.series.find((point) => point.at === "2026-12-03T10:15:00.000Z")?.calls).toBe(4);
  });

  it("gives the range's totals, the routes with calls busiest first, and the refusals", () => {
    expect(metrics.totals).toEqual({ calls: 10, errors4xx: 2, errors5xx: 0, p50LatencyMs: 12, p99LatencyMs: null });
    expect(metrics.routes.map((route) => [route.route, route.calls, route.errors4xx])).toEqual([
      ["getMe", 7, 2],
      ["redirect", 3, 0],
    ]);
    expect(metrics.refusals).toMatchObject({ throttled: 1, quotaExceeded: 0 });
  });
});
