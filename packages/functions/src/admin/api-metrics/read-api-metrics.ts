import { GetMetricDataCommand, type CloudWatchClient, type MetricDataQuery, type MetricDataResult } from "@aws-sdk/client-cloudwatch";
import type { ApiMetrics, ApiMetricsRange } from "@linkgate/contract";
import { assembleApiMetrics } from "./assemble-api-metrics";
import { apiMetricQueries, rangeWindow, type RouteRef, type StageMetricsRef } from "./metric-queries";

/** Every result of one GetMetricData request, following NextToken (a page holds at most 100,800 points). */
async function getMetricData(cloudwatch: CloudWatchClient, queries: MetricDataQuery[], from: Date, to: Date): Promise<MetricDataResult[]> {
  const results: MetricDataResult[] = [];
  let nextToken: string | undefined;
  do {
    const page = await cloudwatch.send(new GetMetricDataCommand({ MetricDataQueries: queries, StartTime: from, EndTime: to, ScanBy: "TimestampAscending", NextToken: nextToken }));
    results.push(...(page.MetricDataResults ?? []));
    nextToken = page.NextToken;
  } while (nextToken);
  return results;
}

/** The stage's traffic over `range`, per period and per route, in one GetMetricData request. */
export async function readApiMetrics(cloudwatch: CloudWatchClient, stage: StageMetricsRef, routes: readonly RouteRef[], range: ApiMetricsRange, now: Date): Promise<ApiMetrics> {
  const window = rangeWindow(range, now);
  const results = await getMetricData(cloudwatch, apiMetricQueries(stage, routes, window), window.from, window.to);
  return assembleApiMetrics({ range, window, stage, routes, results, now });
}
