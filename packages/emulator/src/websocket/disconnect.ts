import { invokeSafely } from "../apigateway/invoke-safely";
import type { Connection } from "./connection";
import { WEBSOCKET_INTEGRATION_TIMEOUT_MS, type GatewayContext } from "./gateway-context";
import { newWebSocketId } from "./ids";
import { disconnectEvent } from "./ws-event";

/**
 * `$disconnect` runs once per connection, however it ended (client, idle timeout, maximum duration,
 * DeleteConnection, close()), and best-effort as on AWS: its answer goes nowhere, there is no one left to tell.
 */
export async function runDisconnect(ctx: GatewayContext, connection: Connection, close: { code: number; reason: string }): Promise<void> {
  const ids = { requestId: newWebSocketId(), requestTimeEpoch: Date.now() };
  const route = ctx.api.routes.get("$disconnect");
  const base = { requestId: ids.requestId, requestTimeEpoch: ids.requestTimeEpoch, ip: connection.sourceIp, eventType: "DISCONNECT" as const, routeKey: "$disconnect", connectionId: connection.connectionId };
  if (!route) return ctx.observer.event({ ...base, status: 200 });
  const started = performance.now();
  const result = await invokeSafely(ctx.invoker, route.function, disconnectEvent(ctx.api, connection, close.code, close.reason, ids), WEBSOCKET_INTEGRATION_TIMEOUT_MS);
  const integrationLatencyMs = Math.round(performance.now() - started);
  ctx.observer.event(result.ok ? { ...base, status: 200, integrationLatencyMs } : { ...base, status: 500, integrationLatencyMs, responseType: "INTEGRATION_FAILURE", errorMessage: "Internal server error", error: "execution" });
}
