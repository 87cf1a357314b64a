import type { MetricDataResult } from "@aws-sdk/client-cloudwatch";
import { ACCESS_LOG_METRICS_NAMESPACE, type ApiMetrics, type ApiMetricsRange, type ApiRouteMetrics } from "@linkgate/contract";
import { API_GATEWAY_NAMESPACE, trafficStats, type RouteRef, type StageMetricsRef, type TrafficKey } from "./metric-queries";

type Traffic = Record<TrafficKey, number | null> & { calls: number; errors4xx: number; errors5xx: number };

/** Values by timestamp (ms) for one query id; CloudWatch leaves out periods without data. */
function valuesById(results: readonly MetricDataResult[]): Map<string, Map<number, number>> {
  const byId = new Map<string, Map<number, number>>();
  for (const result of results) {
    const points = byId.get(result.Id ?? "") ?? new Map<number, number>();
    (result.Timestamps ?? []).forEach((at, index) => {
      const value = result.Values?.[index];
      if (value !== undefined) points.set(new Date(at).getTime(), value);
    });
    byId.set(result.Id ?? "", points);
  }
  return byId;
}

/** One span's figures: counts are zero and latencies null where CloudWatch had no data. */
function trafficAt(byId: Map<string, Map<number, number>>, prefix: string, at?: number): Traffic {
  const pick = (key: TrafficKey) => {
    const points = byId.get(`${prefix}_${key}`);
    if (!points) return undefined;
    return at === undefined ? [...points.values()][0] : points.get(at);
  };
  const count = (key: TrafficKey) => Math.round(pick(key) ?? 0);
  const traffic = { calls: count("calls"), errors4xx: count("errors4xx"), errors5xx: count("errors5xx") } as Traffic;
  for (const figure of trafficStats) if (figure.stat !== "Sum") traffic[figure.key] = pick(figure.key) ?? null;
  return traffic;
}

export interface AssembleInput {
  range: ApiMetricsRange;
  window: { from: Date; to: Date; periodSeconds: number };
  stage: StageMetricsRef;
  routes: readonly RouteRef[];
  results: readonly MetricDataResult[];
  now: Date;
}

/** The dashboard's answer from GetMetricData's results (queries from `apiMetricQueries`). */
export function assembleApiMetrics(input: AssembleInput): ApiMetrics {
  const byId = valuesById(input.results);
  const periodMs = input.window.periodSeconds * 1000;
  const series = [];
  for (let at = input.window.from.getTime(); at < input.window.to.getTime(); at += periodMs) {
    series.push({ at: new Date(at).toISOString(), ...trafficAt(byId, "series", at) });
  }
  const routes: ApiRouteMetrics[] = input.routes
    .map((route, index) => ({ route: route.name, method: route.method, resource: route.resource, ...trafficAt(byId, `route${index}`) }))
    .filter((route) => route.calls > 0)
    .sort((a, b) => b.calls - a.calls || a.route.localeCompare(b.route));
  const refusal = (key: string) => Math.round([...(byId.get(`refusals_${key}`)?.values() ?? [])].reduce((sum, value) => sum + value, 0));
  return {
    range: input.range,
    periodSeconds: input.window.periodSeconds,
    from: input.window.from.toISOString(),
    to: input.window.to.toISOString(),
    source: `CloudWatch ${API_GATEWAY_NAMESPACE}, ApiName ${input.stage.apiName}, Stage ${input.stage.stage}`,
    series,
    totals: trafficAt(byId, "total"),
    routes,
    refusals: {
      throttled: refusal("throttled"),
      quotaExceeded: refusal("quotaExceeded"),
      source: `CloudWatch ${ACCESS_LOG_METRICS_NAMESPACE}: metric filters on the stage's access log (gateway response THROTTLED, QUOTA_EXCEEDED)`,
    },
    computedAt: input.now.toISOString(),
  };
}
