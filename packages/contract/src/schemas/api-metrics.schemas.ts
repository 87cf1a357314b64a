import * as z from "zod";
import { timestampSchema } from "./common.schemas";

/**
 * The ranges the API metrics cover, and the period of their points: 60, 288 and 168 points. A
 * minute is CloudWatch's finest period for API Gateway's metrics; longer ranges use longer periods
 * so a chart stays readable and a query stays cheap (GetMetricData bills per metric requested).
 */
export const apiMetricsRanges = {
  "1h": { seconds: 3_600, periodSeconds: 60 },
  "24h": { seconds: 86_400, periodSeconds: 300 },
  "7d": { seconds: 604_800, periodSeconds: 3_600 },
} as const;
export type ApiMetricsRange = keyof typeof apiMetricsRanges;
export const apiMetricsRangeNames = Object.keys(apiMetricsRanges) as ApiMetricsRange[];

const rangeSchema = z.enum(apiMetricsRangeNames as [ApiMetricsRange, ...ApiMetricsRange[]], { error: `range is one of: ${apiMetricsRangeNames.join(", ")}.` });
const count = z.number().int().nonnegative();
const latency = z.number().nonnegative().nullable().describe("Milliseconds; null when no request was measured.");

export const apiMetricsQuerySchema = z.object({
  range: rangeSchema
    .default("24h")
    .describe("How far back: the last hour (1-minute points), 24 hours (5-minute points) or 7 days (hourly points)."),
});
export type ApiMetricsQuery = z.infer<typeof apiMetricsQuerySchema>;

/** Calls, errors and latency over some span, as API Gateway's metrics count them. */
const trafficShape = {
  calls: count.describe("Requests the stage received (`Count`), refused ones included."),
  errors4xx: count.describe("Answered 4xx (`4XXError`), gateway refusals (401, 403, 429) included."),
  errors5xx: count.describe("Answered 5xx (`5XXError`)."),
  p50LatencyMs: latency.describe("Median `Latency`: request received to response sent, in ms; null without requests."),
  p99LatencyMs: latency.describe("99th percentile of `Latency`, in ms; null without requests."),
};

export const apiMetricsPointSchema = z.object({ at: timestampSchema.describe("Start of the period."), ...trafficShape });
export const apiRouteMetricsSchema = z.object({
  route: z.string().describe("The route's name, as the OpenAPI document's operationId."),
  method: z.string().describe("HTTP method of the route."),
  resource: z.string().describe("Resource path template, e.g. `/v1/links/{code}`."),
  ...trafficShape,
});

export const apiMetricsSchema = z.object({
  range: rangeSchema,
  periodSeconds: z.number().int().positive().describe("Length of each point's period."),
  from: timestampSchema.describe("Start of the first period."),
  to: timestampSchema.describe("End of the last period (exclusive)."),
  source: z.string().describe("Where the figures come from: the CloudWatch namespace and the stage's dimensions."),
  series: z.array(apiMetricsPointSchema).describe("One point per period, oldest first; periods without requests are zeros."),
  totals: z.object(trafficShape).describe("The whole range."),
  routes: z.array(apiRouteMetricsSchema).describe("The whole range per route (API Gateway's detailed metrics), busiest first; routes without calls are left out."),
  refusals: z
    .object({
      throttled: count.describe("429s for a rate or burst limit (gateway response THROTTLED)."),
      quotaExceeded: count.describe("429s for a usage plan quota (gateway response QUOTA_EXCEEDED)."),
      source: z.string().describe("Where these come from: metric filters on the stage's access log."),
    })
    .describe("API Gateway's own metrics count both as 4XXError; these two counts come from the access log."),
  computedAt: timestampSchema,
});
export type ApiMetrics = z.infer<typeof apiMetricsSchema>;
export type ApiMetricsPoint = z.infer<typeof apiMetricsPointSchema>;
export type ApiRouteMetrics = z.infer<typeof apiRouteMetricsSchema>;
