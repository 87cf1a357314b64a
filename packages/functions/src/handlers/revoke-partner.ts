import { adminServices } from "../admin/index";
import { defineAdminHandler } from "../edge/define-admin-handler";

export const handler = defineAdminHandler(
  "revokePartner",
  async ({ path }, _caller, { runtime }) => ({ status: 200 as const, body: await adminServices(runtime).partners.revoke(path.partnerId) }),
);
