import { defineRoute } from "../route";
import { adminMetricsSchema } from "../schemas/admin-metrics.schemas";

export const getAdminMetrics = defineRoute({
  name: "getAdminMetrics",
  method: "GET",
  path: "/admin/metrics",
  auth: "admin",
  summary: "Link and click totals, and the gateway's throttle and quota refusals",
  description:
    "Totals are read by scanning the Links table (cost grows with the table: about 0.5 read request unit per 4 KB scanned), so call it for a dashboard, not in a loop. throttled and quotaExceeded are null on AWS, where API Gateway does not count refusals per error type.",
  tags: ["admin: metrics"],
  responses: { 200: { description: "The totals.", body: adminMetricsSchema } },
  errors: [500],
});

export const adminMetricsRoutes = [getAdminMetrics] as const;
