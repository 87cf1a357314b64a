import { adminServices } from "../admin/index";
import { defineAdminHandler } from "../edge/define-admin-handler";

export const handler = defineAdminHandler(
  "updatePlan",
  async ({ path, body }, _caller, { runtime }) => ({ status: 200 as const, body: await adminServices(runtime).plans.update(path.planId, body) }),
);
