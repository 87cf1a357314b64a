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
  /** On methods the stage cache serves: whether the answer came from it. */
  cache?: "hit" | "miss";
  at?: number;
}

const NAMESPACE = "AWS/ApiGateway";

/** Receives one data point of a request at a time (the recorder's cached series need only the value). */
export type GatewayPointSink = (name: string, dimensions: Record<string, string>, value: number, unit: "Count" | "Milliseconds") => void;

/**
 * The AWS/ApiGateway data points of one request, in a fixed order for a given shape: Count (1),
 * 4XXError and 5XXError (1 or 0, so their Average is the error rate, as AWS documents), Latency,
 * IntegrationLatency when an integration ran, and CacheHitCount and CacheMissCount (1 or 0) on
 * methods the stage cache serves; by ApiName, by ApiName+Stage and, with detailed
 * metrics, by ApiName+Stage+Resource+Method.
 */
export function emitGatewayPoints(outcome: GatewayRequestOutcome, emit: GatewayPointSink): void {
  const dimensionSets: Record<string, string>[] = [{ ApiName: outcome.apiName }, { ApiName: outcome.apiName, Stage: outcome.stage }];
  if (outcome.detailedMetrics !== false && outcome.resourcePath !== undefined) {
    dimensionSets.push({ ApiName: outcome.apiName, Stage: outcome.stage, Resource: outcome.resourcePath, Method: outcome.httpMethod });
  }
  const clientError = outcome.status >= 400 && outcome.status < 500 ? 1 : 0;
  const serverError = outcome.status >= 500 ? 1 : 0;
  for (const dimensions of dimensionSets) {
    emit("Count", dimensions, 1, "Count");
    emit("4XXError", dimensions, clientError, "Count");
    emit("5XXError", dimensions, serverError, "Count");
    emit("Latency", dimensions, outcome.latencyMs, "Milliseconds");
    if (outcome.integrationLatencyMs !== undefined) emit("IntegrationLatency", dimensions, outcome.integrationLatencyMs, "Milliseconds");
    if (outcome.cache !== undefined) {
      emit("CacheHitCount", dimensions, outcome.cache === "hit" ? 1 : 0, "Count");
      emit("CacheMissCount", dimensions, outcome.cache === "miss" ? 1 : 0, "Count");
    }
  }
}

/** The same points as data points (the recorder's first request of a shape, and tests). */
export function gatewayDataPoints(outcome: GatewayRequestOutcome): DataPoint[] {
  const points: DataPoint[] = [];
  emitGatewayPoints(outcome, (name, dimensions, value, unit) => points.push({ namespace: NAMESPACE, name, dimensions, value, unit, at: outcome.at }));
  return points;
}
