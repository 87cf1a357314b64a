import { emfDataPoints } from "./emf";
import { gatewayDataPoints, type GatewayRequestOutcome } from "./gateway-data-points";
import { lambdaDataPoints, type LambdaInvocationOutcome } from "./lambda-data-points";
import type { DataPoint } from "./metric-model";
import type { MetricStore } from "./metric-store";

/**
 * What the gateway and the Lambda runtime call, once per event: each call turns the event into its
 * AWS data points and adds them to the in-memory store (no I/O).
 */
export class MetricsRecorder {
  constructor(readonly store: MetricStore) {}

  record(point: DataPoint): void {
    this.store.record(point);
  }

  /** One answered request of a REST stage: AWS/ApiGateway. */
  gatewayRequest(outcome: GatewayRequestOutcome): void {
    for (const point of gatewayDataPoints(outcome)) this.store.record(point);
  }

  /** One invocation attempt (or throttle) of a function: AWS/Lambda. */
  lambdaInvocation(outcome: LambdaInvocationOutcome): void {
    for (const point of lambdaDataPoints(outcome)) this.store.record(point);
  }

  /** One line a function wrote to stdout: its EMF metrics, if it is EMF. Returns how many data points it held. */
  logLine(line: string): number {
    const points = emfDataPoints(line);
    for (const point of points) this.store.record(point);
    return points.length;
  }
}
