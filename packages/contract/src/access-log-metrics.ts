/**
 * Throttle and quota refusals, told apart. API Gateway's own metrics count both as `4XXError`; only
 * its access log says which gateway response answered (`$context.error.responseType`). A metric
 * filter per refusal on the stage's access log turns those lines into metrics: SST declares the
 * filters (infra/monitoring.ts), the local stack gives the emulator the same ones, and the admin
 * metrics function reads the metrics they make. No imports: infra and the local stack read it as data.
 */

export const ACCESS_LOG_METRICS_NAMESPACE = "Linkgate/Gateway";

/** Access-log fields the filters read, with the `$context` variable API Gateway fills each from. */
export const accessLogMetricFields = {
  responseType: "$context.error.responseType",
  stage: "$context.stage",
} as const;

export interface AccessLogMetricFilter {
  namespace: typeof ACCESS_LOG_METRICS_NAMESPACE;
  metricName: string;
  /** CloudWatch Logs filter pattern for JSON log events. */
  pattern: string;
  /** Each match counts 1. */
  value: "1";
  /** Dimension name → the field it takes its value from, so stages sharing an account stay apart. */
  dimensions: { Stage: "$.stage" };
}

const refusal = (metricName: string, responseType: string): AccessLogMetricFilter => ({
  namespace: ACCESS_LOG_METRICS_NAMESPACE,
  metricName,
  pattern: `{ $.responseType = "${responseType}" }`,
  value: "1",
  dimensions: { Stage: "$.stage" },
});

export const accessLogMetricFilters = {
  /** 429 for a stage, method or usage-plan rate or burst limit. */
  throttled: refusal("Throttled", "THROTTLED"),
  /** 429 for an exhausted usage-plan quota. */
  quotaExceeded: refusal("QuotaExceeded", "QUOTA_EXCEEDED"),
} as const;
