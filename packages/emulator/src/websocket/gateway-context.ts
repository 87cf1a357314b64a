import type { WebSocketServer } from "ws";
import type { LambdaInvoker } from "../lambda/invoker";
import type { CompiledWebSocketApi } from "./compiled-api";
import type { Connection } from "./connection";
import type { WebSocketObserver } from "./observer";

/** What the handshake, message and management handlers share: one per gateway. */
export interface GatewayContext {
  api: CompiledWebSocketApi;
  invoker: LambdaInvoker;
  connections: Map<string, Connection>;
  wss: WebSocketServer;
  observer: WebSocketObserver;
  /** True once close() has begun: new handshakes are refused. */
  isClosing(): boolean;
}

/** API Gateway's integration timeout (29 s, the WebSocket quotas page's maximum). */
export const WEBSOCKET_INTEGRATION_TIMEOUT_MS = 29_000;

/** Going away: what API Gateway sends when it ends a connection (captures of the idle timeout show 1001). */
export const GOING_AWAY = { code: 1001, reason: "Going away" };

/** The gateway ends a connection itself: `$disconnect` reports this code and reason, not the client's echo. */
export function closeConnection(connection: Connection, code: number, reason: string): void {
  if (connection.closing) return;
  connection.closing = { code, reason };
  clearTimeout(connection.idleTimer);
  clearTimeout(connection.lifetimeTimer);
  connection.socket.close(code, reason);
}
