import { defineRoute } from "../route";
import { adminMetricsSchema } from "../schemas/admin-metrics.schemas";
import { apiMetricsQuerySchema, apiMetricsSchema } from "../schemas/api-metrics.schemas";

export const getAdminMetrics = defineRoute({
  name: "getAdminMetrics",
  method: "GET",
  path: "/admin/metrics",
  auth: "admin",
  summary: "Link and click totals",
  description:
    "Totals are read by scanning the Links table (cost grows with the table: about 0.5 read request unit per 4 KB scanned), so call it for a dashboard, not in a loop.",
  tags: ["admin: metrics"],
  responses: { 200: { description: "The totals.", body: adminMetricsSchema } },
  errors: [500],
});

export const getApiMetrics = defineRoute({
  name: "getApiMetrics",
  method: "GET",
  path: "/admin/metrics/api",
  auth: "admin",
  summary: "Calls, error rates and latency of the API, over time and per route",
  description:
    "Read from CloudWatch: API Gateway's metrics for this stage (`AWS/ApiGateway`, with detailed metrics per resource and method), and the throttle and quota refusals counted by metric filters on the stage's access log. Each call requests about 200 metrics from GetMetricData (a fraction of a cent).",
  tags: ["admin: metrics"],
  request: { query: apiMetricsQuerySchema },
  responses: { 200: { description: "The metrics of the range.", body: apiMetricsSchema } },
  errors: [400, 500],
});

export const adminMetricsRoutes = [getAdminMetrics, getApiMetrics] as const;
