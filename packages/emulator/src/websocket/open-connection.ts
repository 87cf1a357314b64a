import type { Duplex } from "node:stream";
import type { RawData, WebSocket } from "ws";
import type { Connection, ConnectionInfo } from "./connection";
import { runDisconnect } from "./disconnect";
import { watchFrameSizes } from "./frame-size-guard";
import { closeConnection, GOING_AWAY, type GatewayContext } from "./gateway-context";
import { handleMessage } from "./messages";

/**
 * An upgraded connection from its first frame to its `$disconnect`: the frame-size guard, the idle and
 * maximum-duration timers, messages, and the close, reported once however it happened.
 */
export function openConnection(ctx: GatewayContext, info: ConnectionInfo, socket: WebSocket, raw: Duplex): void {
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
