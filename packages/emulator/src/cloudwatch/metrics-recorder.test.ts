import { describe, expect, it } from "vitest";
import { gatewayDataPoints } from "./gateway-data-points";
import { MetricStore } from "./metric-store";
import { MetricsRecorder } from "./metrics-recorder";
import { webSocketDataPoints, type WebSocketEventOutcome } from "./websocket-data-points";

const MINUTE = 60_000;
const T0 = Date.UTC(2026, 0, 5, 12, 0, 0);
const request = (at: number) => ({ apiName: "api", stage: "prod", resourcePath: "/x", httpMethod: "GET", status: 200, latencyMs: 4, at });
const countAt = (store: MetricStore, start: number) =>
  store.aggregate({ namespace: "AWS/ApiGateway", name: "Count", dimensions: [{ name: "ApiName", value: "api" }] }, { start, end: start + MINUTE, periodMs: MINUTE })[0]?.aggregate.sum;

describe("MetricsRecorder", () => {
  it("records through its kept series as the store's own record would", () => {
    const viaRecorder = new MetricStore();
    const recorder = new MetricsRecorder(viaRecorder);
    const direct = new MetricStore();
    for (let i = 0; i < 5; i++) {
      const outcome = { ...request(T0 + i * 20_000), status: i === 4 ? 500 : 200, integrationLatencyMs: i };
      recorder.gatewayRequest(outcome);
      for (const point of gatewayDataPoints(outcome)) direct.record(point);
    }
    expect(viaRecorder.snapshot()).toEqual(direct.snapshot());
    expect(countAt(viaRecorder, T0)).toBe(3);
    expect(countAt(viaRecorder, T0 + MINUTE)).toBe(2);
  });

  it("records WebSocket events of a shape seen before through its kept series, as the store's own record would", () => {
    const viaRecorder = new MetricStore();
    const recorder = new MetricsRecorder(viaRecorder);
    const direct = new MetricStore();
    const outcomes: WebSocketEventOutcome[] = [
      { apiId: "ws", stage: "prod", kind: "CONNECT", connectCounted: true, integrationLatencyMs: 3, at: T0 },
      { apiId: "ws", stage: "prod", kind: "CONNECT", connectCounted: true, error: "integration", integrationLatencyMs: 7, at: T0 + 1_000 },
      { apiId: "ws", stage: "prod", kind: "MESSAGE", integrationLatencyMs: 2, at: T0 + 2_000 },
      { apiId: "ws", stage: "prod", kind: "MESSAGE", error: "execution", integrationLatencyMs: 9, at: T0 + MINUTE },
      { apiId: "ws", stage: "prod", kind: "OUTBOUND", at: T0 + 3_000 },
      { apiId: "ws", stage: "prod", kind: "OUTBOUND", at: T0 + MINUTE },
    ];
    for (const outcome of outcomes) {
      recorder.webSocketEvent(outcome);
      for (const point of webSocketDataPoints(outcome)) direct.record(point);
    }
    expect(viaRecorder.snapshot()).toEqual(direct.snapshot());
  });

  it("loses nothing to pruning: series dropped by the retention are made again for the next request", () => {
    const store = new MetricStore(2 * MINUTE);
    const recorder = new MetricsRecorder(store);
    recorder.gatewayRequest(request(T0));
    store.prune(T0 + 10 * MINUTE);
    expect(store.seriesCount).toBe(0);
    recorder.gatewayRequest(request(T0 + 10 * MINUTE));
    expect(countAt(store, T0 + 10 * MINUTE)).toBe(1);
  });
});
