import type { GatewayPointSink } from "./gateway-data-points";
import type { DataPoint } from "./metric-model";

/**
 * One event of a WebSocket API stage, as the gateway knows it when it has handled it
 * (apigateway-websocket-api-logging): CONNECT and MESSAGE from the client, OUTBOUND for what reaches
 * the client from a route response or `@connections`, DISCONNECT when `$disconnect` ran.
 */
export interface WebSocketEventOutcome {
  apiId: string;
  stage: string;
  kind: "CONNECT" | "MESSAGE" | "OUTBOUND" | "DISCONNECT";
  /** CONNECT only: it reached the `$connect` integration step (ConnectCount counts those). */
  connectCounted?: boolean;
  error?: "client" | "integration" | "execution";
  integrationLatencyMs?: number;
  at?: number;
}

const NAMESPACE = "AWS/ApiGateway";

/**
 * The AWS/ApiGateway points of one event, in a fixed order per shape, by ApiId and by ApiId+Stage:
 * ConnectCount or MessageCount (MessageCount counts both directions, as documented), the three error
 * counts as 1 or 0 on client events (so their Average is a rate), IntegrationLatency when it ran.
 * Reading: the per-route dimensions need detailed metrics (off by default on AWS), so they are left out.
 */
export function emitWebSocketPoints(outcome: WebSocketEventOutcome, emit: GatewayPointSink): void {
  const dimensionSets: Record<string, string>[] = [{ ApiId: outcome.apiId }, { ApiId: outcome.apiId, Stage: outcome.stage }];
  for (const dimensions of dimensionSets) {
    if (outcome.kind === "CONNECT" && outcome.connectCounted) emit("ConnectCount", dimensions, 1, "Count");
    if (outcome.kind === "MESSAGE" || outcome.kind === "OUTBOUND") emit("MessageCount", dimensions, 1, "Count");
    if (outcome.kind !== "OUTBOUND") {
      emit("ClientError", dimensions, outcome.error === "client" ? 1 : 0, "Count");
      emit("IntegrationError", dimensions, outcome.error === "integration" ? 1 : 0, "Count");
      emit("ExecutionError", dimensions, outcome.error === "execution" ? 1 : 0, "Count");
    }
    if (outcome.integrationLatencyMs !== undefined) emit("IntegrationLatency", dimensions, outcome.integrationLatencyMs, "Milliseconds");
  }
}

export function webSocketDataPoints(outcome: WebSocketEventOutcome): DataPoint[] {
  const points: DataPoint[] = [];
  emitWebSocketPoints(outcome, (name, dimensions, value, unit) => points.push({ namespace: NAMESPACE, name, dimensions, value, unit, at: outcome.at }));
  return points;
}
