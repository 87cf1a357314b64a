import type { Context } from "aws-lambda";

/**
 * The part of API Gateway's WebSocket proxy event the live functions read. `authorizer` holds what
 * the `$connect` authorizer returned (principalId and its context, values as strings).
 */
export interface WebSocketEvent {
  requestContext: {
    routeKey: string;
    eventType: "CONNECT" | "MESSAGE" | "DISCONNECT";
    connectionId: string;
    connectedAt: number;
    requestId: string;
    authorizer?: Record<string, unknown> | null;
  };
  body?: string | null;
  isBase64Encoded?: boolean;
}

/** What a WebSocket route answers: on `$connect` the status decides the handshake; a body is sent back. */
export interface WebSocketResult {
  statusCode: number;
  body?: string;
}

export type WebSocketHandler = (event: WebSocketEvent, context: Context) => Promise<WebSocketResult>;
