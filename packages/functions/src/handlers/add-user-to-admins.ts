import { userAdmin } from "../admin/user-services";
import { defineAdminHandler } from "../edge/define-admin-handler";

export const handler = defineAdminHandler(
  "addUserToAdmins",
  async ({ path }, _caller, { runtime }) => ({ status: 200 as const, body: await userAdmin(runtime).addToAdmins(path.username) }),
);
