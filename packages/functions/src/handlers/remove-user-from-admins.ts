import { userAdmin } from "../admin/user-services";
import { defineAdminHandler } from "../edge/define-admin-handler";

export const handler = defineAdminHandler(
  "removeUserFromAdmins",
  async ({ path }, caller, { runtime }) => ({ status: 200 as const, body: await userAdmin(runtime).removeFromAdmins(caller, path.username) }),
);
