import { emfDataPoints } from "./emf";
import { emitGatewayPoints, gatewayDataPoints, type GatewayPointSink as PointSink, type GatewayRequestOutcome } from "./gateway-data-points";
import { lambdaDataPoints, type LambdaInvocationOutcome } from "./lambda-data-points";
import type { DataPoint } from "./metric-model";
import { emitWebSocketPoints, webSocketDataPoints, type WebSocketEventOutcome } from "./websocket-data-points";
import type { MetricStore, SeriesHandle } from "./metric-store";

/** Distinct (route, outcome shape) entries kept; past it the cache starts over (it is only a shortcut). */
const MAX_CACHED_SHAPES = 10_000;

/**
 * What the gateway and the Lambda runtime call, once per event: each call turns the event into its
 * AWS data points (gateway-data-points.ts, lambda-data-points.ts: the one place that says which)
 * and adds them to the in-memory store, with no I/O. The series of a request's 15 points are looked
 * up once per route and outcome shape and kept, so a request costs the additions, not 15 key builds.
 */
export class MetricsRecorder {
  private readonly handles = new Map<string, SeriesHandle[]>();

  constructor(readonly store: MetricStore) {}

  record(point: DataPoint): void {
    this.store.record(point);
  }

  /** One answered request of a REST stage: AWS/ApiGateway. */
  gatewayRequest(outcome: GatewayRequestOutcome): void {
    const shape = `g\u0000${outcome.apiName}\u0000${outcome.stage}\u0000${outcome.resourcePath ?? ""}\u0000${outcome.httpMethod}\u0000${outcome.integrationLatencyMs === undefined ? 0 : 1}${outcome.detailedMetrics === false ? 0 : 1}${outcome.cache === undefined ? 0 : 1}`;
    this.recordValues(shape, outcome, emitGatewayPoints, gatewayDataPoints);
  }

  /** One invocation attempt (or throttle) of a function: AWS/Lambda. */
  lambdaInvocation(outcome: LambdaInvocationOutcome): void {
    const shape = `l\u0000${outcome.functionName}\u0000${outcome.throttled ? 1 : 0}${outcome.durationMs === undefined ? 0 : 1}${outcome.concurrentExecutions === undefined ? 0 : 1}`;
    this.recordShaped(shape, lambdaDataPoints(outcome));
  }

  /** One event of a WebSocket API stage: AWS/ApiGateway (its few series looked up once per shape). */
  webSocketEvent(outcome: WebSocketEventOutcome): void {
    const shape = `w\u0000${outcome.apiId}\u0000${outcome.stage}\u0000${outcome.kind}\u0000${outcome.connectCounted ? 1 : 0}${outcome.integrationLatencyMs === undefined ? 0 : 1}`;
    this.recordValues(shape, outcome, emitWebSocketPoints, webSocketDataPoints);
  }

  /** One line a function wrote to stdout: its EMF metrics, if it is EMF. Returns how many data points it held. */
  logLine(line: string): number {
    const points = emfDataPoints(line);
    for (const point of points) this.store.record(point);
    return points.length;
  }

  /**
   * A shape seen before: its series are known, so only the values are emitted, in their order (no
   * points or dimension objects built); a new shape goes through its data points once.
   */
  private recordValues<T extends { at?: number }>(shape: string, outcome: T, emit: (outcome: T, sink: PointSink) => void, dataPoints: (outcome: T) => DataPoint[]): void {
    const handles = this.liveHandles(shape);
    if (handles === undefined) return this.recordShaped(shape, dataPoints(outcome));
    const at = outcome.at ?? Date.now();
    let index = 0;
    emit(outcome, (_name, _dimensions, value) => handles[index++]!.add(value, at));
  }

  /** The series of a shape seen before, unless pruning has dropped them since. */
  private liveHandles(shape: string): SeriesHandle[] | undefined {
    const handles = this.handles.get(shape);
    return handles !== undefined && handles[0]!.live ? handles : undefined;
  }

  /** Points of one shape always come in the same order with the same series, so the handles line up with them. */
  private recordShaped(shape: string, points: DataPoint[]): void {
    let handles = this.liveHandles(shape);
    if (handles === undefined) {
      if (this.handles.size >= MAX_CACHED_SHAPES) this.handles.clear();
      handles = points.map((point) => this.store.handle(point));
      this.handles.set(shape, handles);
    }
    const now = Date.now();
    for (let i = 0; i < points.length; i++) handles[i]!.add(points[i]!.value, points[i]!.at ?? now);
  }
}
