import { routes } from "@linkgate/contract";
import { cloudWatch } from "../admin/api-metrics/cloudwatch";
import { readApiMetrics } from "../admin/api-metrics/read-api-metrics";
import { defineAdminHandler } from "../edge/define-admin-handler";

/** Every route as API Gateway's detailed metrics name it: Resource (the path template) and Method. */
const metricRoutes = routes.map((route) => ({ name: route.name, method: route.method, resource: route.path }));

export const handler = defineAdminHandler("getApiMetrics", async ({ query }, _caller, { runtime }) => {
  const stage = { apiName: runtime.config.apiName, stage: runtime.config.stage };
  return { status: 200 as const, body: await readApiMetrics(cloudWatch(), stage, metricRoutes, query.range, runtime.core.config.now()) };
});
