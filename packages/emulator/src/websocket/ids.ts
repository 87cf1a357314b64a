import { randomText } from "../apigateway/random-pool";

/**
 * API Gateway's WebSocket ids (connectionId, requestId, messageId, extendedRequestId) look like
 * `L0SM9cOFvHcCIhw=`: 11 bytes in URL-safe base64 with its padding (captures show `-` and `_`,
 * never `+` or `/`), so a connection id can stand in the `@connections/{id}` path as it is.
 */
export function newWebSocketId(): string {
  // 11 bytes are 15 base64 characters and one "=" of padding, which base64url leaves off.
  return `${randomText(11, "base64url")}=`;
}
