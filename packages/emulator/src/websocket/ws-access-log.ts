import { clfTime } from "../apigateway/clf-time";
import type { EventType } from "./ws-event";

/**
 * One JSON access-log line per connect, message and disconnect, in the spirit of the `$context`
 * variables a WebSocket stage's access log uses. It never holds the query string or headers: the
 * `$connect` token travels in the query and must not reach a log.
 */
export interface WebSocketAccessLogLine {
  requestId: string;
  ip: string;
  requestTime: string;
  eventType: EventType;
  routeKey: string;
  status: number;
  connectionId: string;
  messageId: string | null;
  /** Integration (Lambda) time, ms; null when it was not called. */
  integrationLatency: number | null;
  /** `$context.error.responseType` when the gateway answered itself (UNAUTHORIZED, THROTTLED, …). */
  responseType: string | null;
  /** `$context.error.message`: the text the client got instead of an integration answer. */
  errorMessage: string | null;
  stage: string;
}

export interface WebSocketEventRecord {
  requestId: string;
  requestTimeEpoch: number;
  ip: string;
  eventType: EventType;
  routeKey: string;
  status: number;
  connectionId: string;
  messageId?: string;
  integrationLatencyMs?: number;
  responseType?: string;
  errorMessage?: string;
  /** Which of AWS's error metrics this event counts in. */
  error?: "client" | "integration" | "execution";
  /** Whether the event reached the `$connect` integration step (ConnectCount). */
  connectCounted?: boolean;
}

export function accessLogLine(record: WebSocketEventRecord, stage: string): WebSocketAccessLogLine {
  return {
    requestId: record.requestId,
    ip: record.ip,
    requestTime: clfTime(record.requestTimeEpoch),
    eventType: record.eventType,
    routeKey: record.routeKey,
    status: record.status,
    connectionId: record.connectionId,
    messageId: record.messageId ?? null,
    integrationLatency: record.integrationLatencyMs ?? null,
    responseType: record.responseType ?? null,
    errorMessage: record.errorMessage ?? null,
    stage,
  };
}
