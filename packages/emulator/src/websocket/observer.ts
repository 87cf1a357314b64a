import type { AccessLogListener } from "../apigateway/access-log";
import type { MetricsRecorder } from "../cloudwatch/metrics-recorder";
import type { CompiledWebSocketApi } from "./compiled-api";
import { accessLogLine, type WebSocketEventRecord } from "./ws-access-log";

/** Where every handled event goes: one access-log line (only built when someone listens) and its metrics. */
export interface WebSocketObserver {
  event(record: WebSocketEventRecord): void;
  /** A frame sent to a client by a route response or `@connections` (MessageCount counts both directions). */
  outbound(): void;
}

export function createObserver(api: CompiledWebSocketApi, onAccessLog: AccessLogListener | undefined, recorder: MetricsRecorder | undefined): WebSocketObserver {
  const { apiId, stage } = api.definition;
  return {
    event(record) {
      const { eventType: kind, requestTimeEpoch: at, connectCounted, error, integrationLatencyMs } = record;
      recorder?.webSocketEvent({ apiId, stage, kind, at, connectCounted, error, integrationLatencyMs });
      if (!onAccessLog) return;
      try {
        onAccessLog(JSON.stringify(accessLogLine(record, stage)));
      } catch (error) {
        console.error("[websocket] access-log listener failed", error);
      }
    },
    outbound() {
      recorder?.webSocketEvent({ apiId, stage, kind: "OUTBOUND" });
    },
  };
}
