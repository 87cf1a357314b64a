import { createServer } from "node:http";
import type { Duplex } from "node:stream";
import { WebSocketServer, type RawData, type WebSocket } from "ws";
import type { AccessLogListener } from "../apigateway/access-log";
import type { MetricsRecorder } from "../cloudwatch/metrics-recorder";
import type { LambdaInvoker } from "../lambda/invoker";
import { listenOnLoopback } from "../process/loopback-server";
import { compileWebSocketApi } from "./compiled-api";
import type { Connection, ConnectionInfo } from "./connection";
import type { WebSocketApiDefinition } from "./definition";
import { runDisconnect } from "./disconnect";
import { watchFrameSizes } from "./frame-size-guard";
import { closeConnection, type GatewayContext } from "./gateway-context";
import { handshake } from "./handshake";
import { handleManagement } from "./management-api";
import { handleMessage } from "./messages";
import { createObserver } from "./observer";

export interface WebSocketGatewayOptions {
  definition: WebSocketApiDefinition;
  invoker: LambdaInvoker;
  /** 0 (default) picks a free port; 127.0.0.1 only. */
  port?: number;
  /** One JSON line per connect, message and disconnect (never the query string: it holds the token). */
  onAccessLog?: AccessLogListener;
  /** AWS/ApiGateway metrics (ConnectCount, MessageCount, …) go here. */
  metrics?: MetricsRecorder;
}

export interface WebSocketGateway {
  /** `ws://127.0.0.1:<port>/<stage>` (the stage is also served at `/`). */
  url: string;
  /** `http://127.0.0.1:<port>/<stage>`: the endpoint of `@aws-sdk/client-apigatewaymanagementapi`. */
  managementUrl: string;
  port: number;
  connectionCount(): number;
  /** Closes every connection (1001 Going away), waits for their `$disconnect`, then stops listening. */
  close(): Promise<void>;
}

/** Going away: what API Gateway sends when it ends a connection (captures of the idle timeout show 1001). */
const GOING_AWAY = { code: 1001, reason: "Going away" };
/** A peer that does not answer a close frame within this is cut off (close() must end). */
const CLOSE_GRACE_MS = 2_000;

export async function startWebSocketGateway(options: WebSocketGatewayOptions): Promise<WebSocketGateway> {
  const api = compileWebSocketApi(options.definition, process.env.AWS_REGION ?? "us-east-1");
  let closing = false;
  const ctx: GatewayContext = {
    api,
    invoker: options.invoker,
    connections: new Map(),
    // ws limits whole messages; the frame limit is frame-size-guard.ts's. No compression, as frames are counted on the wire.
    wss: new WebSocketServer({ noServer: true, maxPayload: api.limits.maxMessageBytes, perMessageDeflate: false, clientTracking: false }),
    observer: createObserver(api, options.onAccessLog, options.metrics),
    isClosing: () => closing,
  };

  const server = createServer((request, response) => {
    handleManagement(ctx, request, response).catch((error: unknown) => {
      console.error("[websocket] @connections request failed", error);
      response.destroy();
    });
  });
  server.on("upgrade", (request, socket: Duplex, head: Buffer) => {
    socket.on("error", () => socket.destroy());
    handshake(ctx, request, socket)
      .then((info) => {
        if (info) ctx.wss.handleUpgrade(request, socket, head, (ws) => open(ctx, info, ws, socket));
      })
      .catch((error: unknown) => {
        console.error("[websocket] handshake failed", error);
        socket.destroy();
      });
  });

  const listener = await listenOnLoopback(server, options.port);
  const path = `/${api.definition.stage}`;
  let closed: Promise<void> | undefined;
  const closeAll = async () => {
    closing = true;
    const open = [...ctx.connections.values()];
    for (const connection of open) closeConnection(connection, GOING_AWAY.code, GOING_AWAY.reason);
    const cutOff = setTimeout(() => open.forEach((connection) => connection.socket.terminate()), CLOSE_GRACE_MS);
    await Promise.all(open.map((connection) => connection.disconnected));
    clearTimeout(cutOff);
    await listener.close();
  };
  return {
    url: `ws://127.0.0.1:${listener.port}${path}`,
    managementUrl: `${listener.url}${path}`,
    port: listener.port,
    connectionCount: () => ctx.connections.size,
    // Idempotent: startEmulator's close() may follow an explicit one.
    close: () => (closed ??= closeAll()),
  };
}

function open(ctx: GatewayContext, info: ConnectionInfo, socket: WebSocket, raw: Duplex): void {
  // close() began while this handshake ran: an upgraded socket is no longer the HTTP server's to end.
  if (ctx.isClosing()) return socket.terminate();
  let markDisconnected = () => {};
  const disconnected = new Promise<void>((resolve) => (markDisconnected = resolve));
  const connection: Connection = { ...info, socket, disconnected, markDisconnected };
  const { limits } = ctx.api;
  ctx.connections.set(connection.connectionId, connection);
  watchFrameSizes(raw, limits.maxFrameBytes, () => {
    connection.oversize = true;
    closeConnection(connection, 1009, "Message too big");
  });
  const touch = () => {
    connection.lastActiveAt = Date.now();
    connection.idleTimer?.refresh();
  };
  connection.idleTimer = setTimeout(() => closeConnection(connection, GOING_AWAY.code, GOING_AWAY.reason), limits.idleTimeoutMs);
  connection.lifetimeTimer = setTimeout(() => closeConnection(connection, GOING_AWAY.code, GOING_AWAY.reason), limits.maxConnectionMs);
  socket.on("message", (data: RawData, isBinary: boolean) => {
    if (connection.oversize || connection.closing) return;
    touch();
    handleMessage(ctx, connection, toBuffer(data), isBinary).catch((error: unknown) => console.error("[websocket] message failed", error));
  });
  socket.on("ping", touch);
  socket.on("error", (error: Error & { code?: string }) => {
    // ws has already answered a message over maxPayload with a 1009 close.
    if (error.code === "WS_ERR_UNSUPPORTED_MESSAGE_LENGTH") connection.closing ??= { code: 1009, reason: "Message too big" };
  });
  socket.on("close", (code: number, reason: Buffer) => {
    ctx.connections.delete(connection.connectionId);
    clearTimeout(connection.idleTimer);
    clearTimeout(connection.lifetimeTimer);
    runDisconnect(ctx, connection, connection.closing ?? clientClose(code, reason.toString("utf8")))
      .catch((error: unknown) => console.error("[websocket] $disconnect failed", error))
      .finally(markDisconnected);
  });
}

/**
 * The close as the client made it. 1005 is what ws reports for a close frame without a status:
 * AWS's own example $disconnect says "Client-side close frame status not set" then.
 */
function clientClose(code: number, reason: string): { code: number; reason: string } {
  if (code === 1005) return { code, reason: "Client-side close frame status not set" };
  return { code, reason };
}

function toBuffer(data: RawData): Buffer {
  if (Buffer.isBuffer(data)) return data;
  return Array.isArray(data) ? Buffer.concat(data) : Buffer.from(data);
}
