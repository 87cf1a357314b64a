import { STATUS_CODES, type IncomingMessage, type ServerResponse } from "node:http";
import { corsPreflightReply, type CorsHeaders } from "./cors";
import type { GatewayReply } from "./gateway-reply";
import { gatewayReply, type GatewayResponseType } from "./gateway-responses";
import type { Outcome } from "./request-outcome";
import type { IntegrationReply } from "./proxy-response";

/** Writes an outcome to the HTTP response: gateway replies, the CORS mock, integration replies. */

/** What was sent, for metrics and the access log. */
export interface Written {
  status: number;
  errorType?: string;
  length: number;
}

export function write(res: ServerResponse, outcome: Outcome, ids: { requestId: string; extendedRequestId: string }, cors: CorsHeaders | undefined): Written {
  if (outcome.kind === "integration") return writeIntegration(res, outcome.reply, ids);
  const reply: GatewayReply = outcome.kind === "cors-preflight" ? corsPreflightReply(outcome.cors, ids) : gatewayReply(outcome.type, ids, cors);
  // Strings go out as-is: Node then sends headers and body in one write, not a writev of two.
  const length = Buffer.byteLength(reply.body);
  // The reply's headers are built for this response alone, so they take the length in place.
  reply.headers["Content-Length"] = String(length);
  res.writeHead(reply.status, reasonPhrase(reply.status), reply.headers);
  res.end(reply.body);
  return { status: reply.status, length, ...(reply.errorType ? { errorType: reply.errorType } : {}) };
}

function writeIntegration(res: ServerResponse, reply: IntegrationReply, ids: { requestId: string; extendedRequestId: string }): Written {
  const headers: Record<string, string | string[]> = {};
  for (const { name, values } of reply.headers.values()) headers[name] = values.length === 1 ? (values[0] as string) : values;
  const length = typeof reply.body === "string" ? Buffer.byteLength(reply.body) : reply.body.length;
  headers["x-amzn-RequestId"] = ids.requestId;
  headers["x-amz-apigw-id"] = ids.extendedRequestId;
  if (reply.traceId !== undefined) headers["X-Amzn-Trace-Id"] = reply.traceId;
  headers["Content-Length"] = String(length);
  res.writeHead(reply.status, reasonPhrase(reply.status), headers);
  res.end(reply.body);
  return { status: reply.status, length };
}

/**
 * Always the status's own reason phrase, given explicitly: Node keeps the phrase of a writeHead that
 * then threw on a bad header, so the 502 that follows read "502 Moved Permanently". API Gateway
 * writes the standard phrase for whatever status it sends.
 */
function reasonPhrase(status: number): string {
  return STATUS_CODES[status] ?? "Unknown";
}

/** True while the client may still be sending a body we stopped reading (it cannot be reusing the connection). */
export function hasUnreadBody(req: IncomingMessage): boolean {
  if (req.complete) return false;
  return req.headers["transfer-encoding"] !== undefined || (req.headers["content-length"] ?? "0") !== "0";
}

/** After refusing an oversized request we stop reading it, so the connection cannot be reused. */
export const closesConnection = (type: GatewayResponseType) => type === "REQUEST_TOO_LARGE" || type === "HEADERS_TOO_LARGE";

/** How long unread request bytes are drained (discarded, never buffered) after a 413 before closing. */
const LINGER_MS = 1_000;

/**
 * Closing a socket with unread bytes makes the kernel send a reset, and a client still sending
 * would lose the 413 it was just sent (so no `Connection: close`, which makes Node close at once).
 * Like a lingering close: discard what still arrives for a moment, then close.
 */
export function lingerThenClose(req: IncomingMessage, res: ServerResponse): void {
  res.once("finish", () => {
    req.resume();
    setTimeout(() => req.socket.destroy(), LINGER_MS).unref();
  });
}
