import { adminServices } from "../admin/index";
import { defineAdminHandler } from "../edge/define-admin-handler";

export const handler = defineAdminHandler(
  "rotatePartnerKey",
  async ({ path }, _caller, { runtime }) => ({ status: 201 as const, body: await adminServices(runtime).partners.rotateKey(path.partnerId) }),
);
