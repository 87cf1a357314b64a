import { userAdmin } from "../admin/user-services";
import { defineAdminHandler } from "../edge/define-admin-handler";

export const handler = defineAdminHandler(
  "listUsers",
  async ({ query }, _caller, { runtime }) => ({ status: 200 as const, body: await userAdmin(runtime).list(query) }),
);
