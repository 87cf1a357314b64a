import { defineAdminHandler } from "../edge/define-admin-handler";

export const handler = defineAdminHandler("getAdminMetrics", async (_input, _caller, { runtime }) => {
  const totals = await runtime.core.links.totals();
  return { status: 200 as const, body: { links: totals.links, clicks: totals.clicks, computedAt: runtime.core.config.now().toISOString() } };
});
