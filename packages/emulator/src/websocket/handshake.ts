import type { IncomingMessage } from "node:http";
import type { Duplex } from "node:stream";
import { normaliseIp, splitUrl } from "../apigateway/gateway-request";
import { invokeSafely } from "../apigateway/invoke-safely";
import type { ConnectionInfo } from "./connection";
import { refuseHandshake } from "./error-frames";
import { WEBSOCKET_INTEGRATION_TIMEOUT_MS, type GatewayContext } from "./gateway-context";
import { newWebSocketId } from "./ids";
import type { WebSocketEventRecord } from "./ws-access-log";
import { authorizeConnect } from "./ws-authorize";
import { authorizerEvent, connectEvent, handshakeParts, type EventIds } from "./ws-event";

/**
 * One upgrade request, as API Gateway handles `$connect`: stage path, authorizer (401/403/500
 * without calling `$connect`), route throttle (429), then the `$connect` integration, whose non-2xx
 * `statusCode` is the handshake's status and whose failure is 502 (captures: "Unexpected server
 * response: 502"). Only then is the socket upgraded. Returns the connection to open, or undefined.
 */
export async function handshake(ctx: GatewayContext, request: IncomingMessage, socket: Duplex): Promise<ConnectionInfo | undefined> {
  const ids: EventIds = { requestId: newWebSocketId(), requestTimeEpoch: Date.now() };
  const { api } = ctx;
  const [path, rawQuery] = splitUrl(request.url ?? "/");
  const info: ConnectionInfo = {
    connectionId: newWebSocketId(),
    connectedAt: ids.requestTimeEpoch,
    lastActiveAt: ids.requestTimeEpoch,
    sourceIp: normaliseIp(request.socket.remoteAddress),
    userAgent: request.headers["user-agent"] ?? null,
    domainName: request.headers.host ?? "127.0.0.1",
  };
  const base = { requestId: ids.requestId, requestTimeEpoch: ids.requestTimeEpoch, ip: info.sourceIp, eventType: "CONNECT" as const, routeKey: "$connect", connectionId: info.connectionId };
  const refuse = (status: number, fields: Partial<WebSocketEventRecord>) => {
    refuseHandshake(socket, status, ids.requestId);
    ctx.observer.event({ ...base, status, ...fields });
    return undefined;
  };

  if (ctx.isClosing()) return refuse(503, { responseType: "DEFAULT_5XX", errorMessage: "Internal server error" });
  if (path !== "/" && path !== `/${api.definition.stage}` && path !== `/${api.definition.stage}/`) {
    return refuse(403, { responseType: "MISSING_AUTHENTICATION_TOKEN", errorMessage: "Forbidden", error: "client" });
  }
  const parts = handshakeParts(request, rawQuery);
  const authorizer = api.connectAuthorizer;
  if (authorizer) {
    if (!authorizer.identity(request, new URLSearchParams(rawQuery))) return refuse(401, { responseType: "UNAUTHORIZED", errorMessage: "Unauthorized", error: "client" });
    const result = await authorizeConnect(api, ctx.invoker, authorizer.definition.function, authorizerEvent(api, info, parts, ids));
    if (!result.ok) return refuse(result.status, { responseType: result.responseType, errorMessage: result.message, error: result.status === 500 ? "execution" : "client" });
    info.authorizer = result.authorizer;
  }
  if (!api.tryThrottle("$connect", Date.now())) return refuse(429, { responseType: "THROTTLED", errorMessage: "Too Many Requests", error: "client" });

  const route = api.routes.get("$connect");
  let integrationLatencyMs: number | undefined;
  if (route) {
    const started = performance.now();
    const result = await invokeSafely(ctx.invoker, route.function, connectEvent(api, info, parts, ids), WEBSOCKET_INTEGRATION_TIMEOUT_MS);
    integrationLatencyMs = Math.round(performance.now() - started);
    const timing = { integrationLatencyMs, connectCounted: true };
    // A failed invocation and an unreadable statusCode are the same integration failure to the client.
    const status = result.ok ? statusOf(result.payload) : undefined;
    if (status === undefined) return refuse(502, { ...timing, responseType: "INTEGRATION_FAILURE", errorMessage: "Internal server error", error: "execution" });
    if (status < 200 || status > 299) return refuse(status, { ...timing, error: "integration" });
  }
  // The client gave up while $connect ran: 499, nginx's "client closed request", as no AWS status fits.
  const accepted = !socket.destroyed;
  ctx.observer.event({ ...base, status: accepted ? 200 : 499, connectCounted: true, ...(integrationLatencyMs !== undefined ? { integrationLatencyMs } : {}) });
  return accepted ? info : undefined;
}

/** The `$connect` response's statusCode; none at all reads as 200 (the connection is accepted). */
function statusOf(payload: unknown): number | undefined {
  if (payload === null || typeof payload !== "object") return 200;
  const status = (payload as { statusCode?: unknown }).statusCode;
  if (status === undefined) return 200;
  const number = typeof status === "string" ? Number(status) : status;
  return typeof number === "number" && Number.isInteger(number) && number >= 100 && number <= 599 ? number : undefined;
}
