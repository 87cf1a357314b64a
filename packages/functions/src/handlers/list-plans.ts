import { adminServices } from "../admin/index";
import { defineAdminHandler } from "../edge/define-admin-handler";

export const handler = defineAdminHandler(
  "listPlans",
  async (_input, _caller, { runtime }) => ({ status: 200 as const, body: { items: await adminServices(runtime).plans.list() } }),
);
