import { adminServices } from "../admin/index";
import { defineAdminHandler } from "../edge/define-admin-handler";

export const handler = defineAdminHandler(
  "getPartnerUsage",
  async ({ path, query }, _caller, { runtime }) => ({ status: 200 as const, body: await adminServices(runtime).usage.perDay(path.partnerId, query) }),
);
