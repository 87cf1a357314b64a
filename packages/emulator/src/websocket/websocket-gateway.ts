import { createServer } from "node:http";
import type { Duplex } from "node:stream";
import { WebSocketServer } from "ws";
import type { AccessLogListener } from "../apigateway/access-log";
import type { MetricsRecorder } from "../cloudwatch/metrics-recorder";
import type { LambdaInvoker } from "../lambda/invoker";
import { listenOnLoopback } from "../process/loopback-server";
import { compileWebSocketApi } from "./compiled-api";
import type { WebSocketApiDefinition } from "./definition";
import { closeConnection, GOING_AWAY, type GatewayContext } from "./gateway-context";
import { handshake } from "./handshake";
import { handleManagement } from "./management-api";
import { createObserver } from "./observer";
import { openConnection } from "./open-connection";

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
        if (info) ctx.wss.handleUpgrade(request, socket, head, (ws) => openConnection(ctx, info, ws, socket));
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
