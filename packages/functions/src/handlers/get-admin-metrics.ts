import { apiGatewayOf, stageOf } from "../admin/index";
import { readStageCache } from "../admin/stage-cache";
import { defineAdminHandler } from "../edge/define-admin-handler";

export const handler = defineAdminHandler("getAdminMetrics", async (_input, _caller, { runtime }) => {
  const [totals, stageCache] = await Promise.all([runtime.core.links.totals(), readStageCache(apiGatewayOf(runtime), stageOf(runtime))]);
  return { status: 200 as const, body: { links: totals.links, clicks: totals.clicks, stageCache, computedAt: runtime.core.config.now().toISOString() } };
});
