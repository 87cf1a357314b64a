import { invokeSafely } from "../apigateway/invoke-safely";
import type { Connection } from "./connection";
import { errorFrame } from "./error-frames";
import { WEBSOCKET_INTEGRATION_TIMEOUT_MS, type GatewayContext } from "./gateway-context";
import { newWebSocketId } from "./ids";
import type { WebSocketEventRecord } from "./ws-access-log";
import { messageEvent } from "./ws-event";

/**
 * One message from a client: route selection (binary frames are not JSON, so `$default`), the route
 * throttle, then the route's Lambda proxy integration. What the client gets back (captures from AWS):
 * the Forbidden frame when no route matches and there is no `$default`, the throttle frame when over
 * the limit (integration not called), `Internal server error` when the function failed, and the
 * returned `body` as a frame. The emulator treats every route as having a route response (two-way)
 * whenever the function returns a body; its statusCode changes nothing for the client.
 */
export async function handleMessage(ctx: GatewayContext, connection: Connection, data: Buffer, isBinary: boolean): Promise<void> {
  const { api } = ctx;
  const requestTimeEpoch = Date.now();
  const requestId = newWebSocketId();
  const messageId = newWebSocketId();
  const route = isBinary ? api.routes.get("$default") : api.selectRoute(data.toString("utf8"));
  const base = { requestId, requestTimeEpoch, ip: connection.sourceIp, eventType: "MESSAGE" as const, connectionId: connection.connectionId, messageId };
  const answer = (frame: string | Buffer, record: WebSocketEventRecord) => {
    send(ctx, connection, frame);
    ctx.observer.event(record);
  };

  if (!route) {
    const record = { ...base, routeKey: "$default", status: 403, responseType: "MISSING_AUTHENTICATION_TOKEN", errorMessage: "Forbidden", error: "client" } as const;
    return answer(errorFrame("Forbidden", connection.connectionId, requestId), record);
  }
  if (!api.tryThrottle(route.routeKey, requestTimeEpoch)) {
    const record = { ...base, routeKey: route.routeKey, status: 429, responseType: "THROTTLED", errorMessage: "Too Many Requests", error: "client" } as const;
    return answer(errorFrame("Too Many Requests", connection.connectionId, requestId), record);
  }
  const started = performance.now();
  const event = messageEvent(api, connection, route.routeKey, messageId, data, isBinary, { requestId, requestTimeEpoch });
  const result = await invokeSafely(ctx.invoker, route.function, event, WEBSOCKET_INTEGRATION_TIMEOUT_MS);
  const integrationLatencyMs = Math.round(performance.now() - started);
  if (!result.ok) {
    const record = { ...base, routeKey: route.routeKey, status: 500, integrationLatencyMs, responseType: "INTEGRATION_FAILURE", errorMessage: "Internal server error", error: "execution" } as const;
    return answer(errorFrame("Internal server error", connection.connectionId, requestId), record);
  }
  const reply = replyOf(result.payload);
  const record: WebSocketEventRecord = { ...base, routeKey: route.routeKey, status: reply.status, integrationLatencyMs, ...(reply.status >= 400 ? { error: "integration" } : {}) };
  if (reply.body === undefined) return ctx.observer.event(record);
  answer(reply.body, record);
}

/** Sends one frame unless the connection is already closing; text unless given bytes. */
export function send(ctx: GatewayContext, connection: Connection, frame: string | Buffer, binary = typeof frame !== "string"): boolean {
  if (connection.closing || connection.socket.readyState !== connection.socket.OPEN) return false;
  connection.socket.send(frame, { binary });
  ctx.observer.outbound();
  return true;
}

function replyOf(payload: unknown): { status: number; body?: string | Buffer } {
  if (payload === null || typeof payload !== "object") return { status: 200 };
  const { statusCode, body, isBase64Encoded } = payload as { statusCode?: unknown; body?: unknown; isBase64Encoded?: unknown };
  const status = typeof statusCode === "number" ? statusCode : Number(statusCode ?? 200) || 200;
  if (typeof body !== "string") return { status };
  return { status, body: isBase64Encoded === true ? Buffer.from(body, "base64") : body };
}
