import { readGatewayRefusals } from "../admin/gateway-metrics";
import { defineAdminHandler } from "../edge/define-handler";

export const handler = defineAdminHandler("getAdminMetrics", async (_input, _caller, { runtime }) => {
  const [totals, refusals] = await Promise.all([runtime.core.links.totals(), readGatewayRefusals(runtime.config.gatewayMetricsUrl)]);
  return {
    status: 200 as const,
    body: {
      links: totals.links,
      clicks: totals.clicks,
      throttled: refusals?.throttled ?? null,
      quotaExceeded: refusals?.quotaExceeded ?? null,
      computedAt: runtime.core.config.now().toISOString(),
    },
  };
});
