import { adminServices } from "../admin/index";
import { defineAdminHandler } from "../edge/define-admin-handler";

export const handler = defineAdminHandler(
  "updatePartner",
  async ({ path, body }, _caller, { runtime }) => ({ status: 200 as const, body: await adminServices(runtime).partners.update(path.partnerId, body) }),
);
