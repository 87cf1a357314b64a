import type { DataPoint } from "./metric-model";

/** One request through an API Gateway REST stage, as the gateway knows it when it answers. */
export interface GatewayRequestOutcome {
  apiName: string;
  stage: string;
  /** The matched resource, `/v1/links/{code}`; requests that matched none have no resource metrics. */
  resourcePath?: string;
  httpMethod: string;
  status: number;
  /** From receiving the request to sending the response. */
  latencyMs: number;
  /** The backend's part, only when an integration ran (not for auth, key or throttle refusals). */
  integrationLatencyMs?: number;
  /** The stage's detailed metrics (per resource and method); on by default here. */
  detailedMetrics?: boolean;
  at?: number;
}

const NAMESPACE = "AWS/ApiGateway";

/**
 * The AWS/ApiGateway data points of one request: Count (1), 4XXError and 5XXError (1 or 0, so their
 * Average is the error rate, as AWS documents), Latency, and IntegrationLatency when an integration
 * ran; by ApiName, by ApiName+Stage and, with detailed metrics, by ApiName+Stage+Resource+Method.
 */
export function gatewayDataPoints(outcome: GatewayRequestOutcome): DataPoint[] {
  const dimensionSets: Record<string, string>[] = [{ ApiName: outcome.apiName }, { ApiName: outcome.apiName, Stage: outcome.stage }];
  if (outcome.detailedMetrics !== false && outcome.resourcePath !== undefined) {
    dimensionSets.push({ ApiName: outcome.apiName, Stage: outcome.stage, Resource: outcome.resourcePath, Method: outcome.httpMethod });
  }
  const clientError = outcome.status >= 400 && outcome.status < 500 ? 1 : 0;
  const serverError = outcome.status >= 500 ? 1 : 0;
  const points: DataPoint[] = [];
  for (const dimensions of dimensionSets) {
    const at = outcome.at;
    points.push(
      { namespace: NAMESPACE, name: "Count", dimensions, value: 1, unit: "Count", at },
      { namespace: NAMESPACE, name: "4XXError", dimensions, value: clientError, unit: "Count", at },
      { namespace: NAMESPACE, name: "5XXError", dimensions, value: serverError, unit: "Count", at },
      { namespace: NAMESPACE, name: "Latency", dimensions, value: outcome.latencyMs, unit: "Milliseconds", at },
    );
    if (outcome.integrationLatencyMs !== undefined) {
      points.push({ namespace: NAMESPACE, name: "IntegrationLatency", dimensions, value: outcome.integrationLatencyMs, unit: "Milliseconds", at });
    }
  }
  return points;
}
