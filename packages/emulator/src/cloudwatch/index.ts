export { startCloudWatch, type CloudWatch, type CloudWatchOptions } from "./cloudwatch-server";
export { MetricsRecorder } from "./metrics-recorder";
export { MetricStore, SeriesHandle, DEFAULT_RETENTION_MS, type ListFilter, type PeriodAggregate } from "./metric-store";
export { MetricsPersistence, hourFileName } from "./metrics-persistence";
export { gatewayDataPoints, type GatewayRequestOutcome } from "./gateway-data-points";
export { lambdaDataPoints, type LambdaInvocationOutcome } from "./lambda-data-points";
export { emfDataPoints } from "./emf";
export { RELATIVE_ACCURACY as PERCENTILE_RELATIVE_ACCURACY } from "./log-histogram";
export { STANDARD_UNITS, type DataPoint, type Dimensions, type MetricIdentity, type StandardUnit } from "./metric-model";
