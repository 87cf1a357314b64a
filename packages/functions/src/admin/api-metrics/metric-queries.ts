import type { MetricDataQuery } from "@aws-sdk/client-cloudwatch";
import { accessLogMetricFilters, apiMetricsRanges, type ApiMetricsRange } from "@linkgate/contract";

export const API_GATEWAY_NAMESPACE = "AWS/ApiGateway";

/** The stage's metrics: `ApiName` is the REST API's name (not its id), as API Gateway publishes it. */
export interface StageMetricsRef {
  apiName: string;
  stage: string;
}

export interface RouteRef {
  name: string;
  method: string;
  resource: string;
}

/** The five figures every span shows, with the statistic that gives each. */
export const trafficStats = [
  { key: "calls", metricName: "Count", stat: "Sum" },
  { key: "errors4xx", metricName: "4XXError", stat: "Sum" },
  { key: "errors5xx", metricName: "5XXError", stat: "Sum" },
  { key: "p50LatencyMs", metricName: "Latency", stat: "p50" },
  { key: "p99LatencyMs", metricName: "Latency", stat: "p99" },
] as const;
export type TrafficKey = (typeof trafficStats)[number]["key"];

/** The periods a range covers: aligned to its period, the last one holding `now`. */
export function rangeWindow(range: ApiMetricsRange, now: Date): { from: Date; to: Date; periodSeconds: number; seconds: number } {
  const { seconds, periodSeconds } = apiMetricsRanges[range];
  const periodMs = periodSeconds * 1000;
  const to = Math.floor(now.getTime() / periodMs) * periodMs + periodMs;
  return { from: new Date(to - seconds * 1000), to: new Date(to), periodSeconds, seconds };
}

const query = (id: string, namespace: string, metricName: string, dimensions: Record<string, string>, period: number, stat: string): MetricDataQuery => ({
  Id: id,
  MetricStat: { Metric: { Namespace: namespace, MetricName: metricName, Dimensions: Object.entries(dimensions).map(([Name, Value]) => ({ Name, Value })) }, Period: period, Stat: stat },
  ReturnData: true,
});

/**
 * Everything the dashboard needs from one GetMetricData call (its limit is 500 queries): the
 * stage's five figures per period and over the whole range, the same per route (API Gateway's
 * detailed metrics, by Resource and Method), and the two refusal counts from the access log's
 * metric filters. Query ids say what they are: `series_calls`, `total_p99LatencyMs`, `route3_errors4xx`.
 */
export function apiMetricQueries(stage: StageMetricsRef, routes: readonly RouteRef[], window: { periodSeconds: number; seconds: number }): MetricDataQuery[] {
  const stageDimensions = { ApiName: stage.apiName, Stage: stage.stage };
  const traffic = (prefix: string, dimensions: Record<string, string>, period: number) =>
    trafficStats.map((figure) => query(`${prefix}_${figure.key}`, API_GATEWAY_NAMESPACE, figure.metricName, dimensions, period, figure.stat));
  const refusals = Object.entries(accessLogMetricFilters).map(([key, filter]) =>
    query(`refusals_${key}`, filter.namespace, filter.metricName, { Stage: stage.stage }, window.seconds, "Sum"),
  );
  return [
    ...traffic("series", stageDimensions, window.periodSeconds),
    ...traffic("total", stageDimensions, window.seconds),
    ...routes.flatMap((route, index) => traffic(`route${index}`, { ...stageDimensions, Resource: route.resource, Method: route.method }, window.seconds)),
    ...refusals,
  ];
}
