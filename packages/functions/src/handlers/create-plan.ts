import { adminServices } from "../admin/index";
import { defineAdminHandler } from "../edge/define-admin-handler";

export const handler = defineAdminHandler(
  "createPlan",
  async ({ body }, _caller, { runtime }) => ({ status: 201 as const, body: await adminServices(runtime).plans.create(body) }),
);
