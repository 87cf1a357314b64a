import { adminServices } from "../admin/index";
import { defineAdminHandler } from "../edge/define-admin-handler";

export const handler = defineAdminHandler(
  "createQuotaGrant",
  async ({ path, body }, _caller, { runtime }) => ({ status: 201 as const, body: await adminServices(runtime).usage.grant(path.partnerId, body) }),
);
