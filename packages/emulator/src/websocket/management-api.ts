import type { IncomingMessage, ServerResponse } from "node:http";
import { isUtf8 } from "node:buffer";
import { closeConnection, type GatewayContext } from "./gateway-context";
import { send } from "./messages";

/**
 * The `@connections` API (apigatewaymanagementapi, restJson1) on the gateway's own port, at
 * `/{stage}/@connections/{connectionId}` (the SDK's endpoint is `http://127.0.0.1:port/{stage}`):
 * POST sends the body to the client (a text frame if it is UTF-8, else binary), GET describes the
 * connection, DELETE closes it. Any SigV4 signature is accepted, as by the emulator's other APIs.
 * An unknown or closed connection is 410 GoneException; a body over the message limit is 413.
 */
export async function handleManagement(ctx: GatewayContext, request: IncomingMessage, response: ServerResponse): Promise<void> {
  const { stage } = ctx.api.definition;
  const match = /^(?:\/([^/]+))?\/@connections\/([^/?]+)\/?(?:\?.*)?$/.exec(request.url ?? "");
  if (!match || (match[1] !== undefined && match[1] !== stage)) return error(response, 403, "ForbiddenException", "Forbidden");
  const connectionId = safeDecode(match[2]!);
  const body = await readLimited(request, ctx.api.limits.maxMessageBytes);
  if (body === "aborted") return;
  const connection = connectionId === undefined ? undefined : ctx.connections.get(connectionId);
  switch (request.method) {
    case "POST":
      if (body === "too-large") return error(response, 413, "PayloadTooLargeException", "Message too long");
      if (!connection || !send(ctx, connection, body, !isUtf8(body))) return error(response, 410, "GoneException");
      return reply(response, 200);
    case "GET":
      if (!connection || connection.closing) return error(response, 410, "GoneException");
      return reply(response, 200, {
        // The wire names are the model's jsonName (camelCase); the SDK turns them into ConnectedAt, Identity, LastActiveAt.
        connectedAt: new Date(connection.connectedAt).toISOString(),
        identity: { sourceIp: connection.sourceIp, ...(connection.userAgent !== null ? { userAgent: connection.userAgent } : {}) },
        lastActiveAt: new Date(connection.lastActiveAt).toISOString(),
      });
    case "DELETE":
      if (!connection || connection.closing) return error(response, 410, "GoneException");
      // Reading: AWS documents no close code for DeleteConnection; 1000 (normal closure), no reason.
      closeConnection(connection, 1000, "");
      return reply(response, 204);
    default:
      return error(response, 403, "ForbiddenException", "Forbidden");
  }
}

function reply(response: ServerResponse, status: number, body?: unknown): void {
  const text = body === undefined ? "" : JSON.stringify(body);
  response.writeHead(status, { "Content-Type": "application/json", "Content-Length": Buffer.byteLength(text), "x-amzn-RequestId": crypto.randomUUID() });
  response.end(text);
}

/** restJson1 errors: the SDK reads the type from `x-amzn-ErrorType`, the message from the body. */
function error(response: ServerResponse, status: number, type: string, message?: string): void {
  const text = JSON.stringify(message === undefined ? {} : { message });
  response.writeHead(status, { "Content-Type": "application/json", "Content-Length": Buffer.byteLength(text), "x-amzn-ErrorType": type, "x-amzn-RequestId": crypto.randomUUID() });
  response.end(text);
}

function safeDecode(segment: string): string | undefined {
  try {
    return decodeURIComponent(segment);
  } catch {
    return undefined;
  }
}

/** The whole body, or "too-large" past `limit` (the rest is drained, so the answer still reaches the client). */
function readLimited(request: IncomingMessage, limit: number): Promise<Buffer | "too-large" | "aborted"> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) chunks.push(chunk);
    });
    request.on("end", () => resolve(size > limit ? "too-large" : Buffer.concat(chunks)));
    request.on("error", () => resolve("aborted"));
    request.on("aborted", () => resolve("aborted"));
  });
}
