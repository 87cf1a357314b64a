import type { Duplex } from "node:stream";
import { STATUS_CODES } from "node:http";

/**
 * What API Gateway sends a client instead of an integration's answer, byte for byte as captures show
 * it (note the single space after `"message":` only): `Forbidden` when no route matches and there is
 * no `$default`, `Internal server error` when the integration failed.
 * Reading: the throttle frame's text is not documented; it follows the REST API's 429 message.
 */
export type ErrorFrameMessage = "Forbidden" | "Internal server error" | "Too Many Requests";

export function errorFrame(message: ErrorFrameMessage, connectionId: string, requestId: string): string {
  return `{"message": "${message}", "connectionId":"${connectionId}", "requestId":"${requestId}"}`;
}

/** A refused handshake: the HTTP status the client's WebSocket library reports ("Unexpected server response: 401"). */
export function refuseHandshake(socket: Duplex, status: number, requestId: string): void {
  if (socket.destroyed) return;
  const reason = STATUS_CODES[status] ?? "Error";
  // 401, 403 and 429 say what their reason phrase says ("Unauthorized", "Forbidden", "Too Many Requests").
  const body = JSON.stringify({ message: status >= 500 ? "Internal server error" : reason });
  socket.end(
    `HTTP/1.1 ${status} ${reason}\r\n` +
      `Content-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\n` +
      `x-amzn-RequestId: ${requestId}\r\nConnection: close\r\n\r\n${body}`,
  );
}
