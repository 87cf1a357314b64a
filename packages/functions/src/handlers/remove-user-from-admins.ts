import { adminServices } from "../admin/index";
import { defineAdminHandler } from "../edge/define-handler";

export const handler = defineAdminHandler(
  "removeUserFromAdmins",
  async ({ path }, caller, { runtime }) => ({ status: 200 as const, body: await adminServices(runtime).users.removeFromAdmins(caller, path.username) }),
);
