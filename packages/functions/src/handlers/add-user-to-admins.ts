import { adminServices } from "../admin/index";
import { defineAdminHandler } from "../edge/define-handler";

export const handler = defineAdminHandler(
  "addUserToAdmins",
  async ({ path }, _caller, { runtime }) => ({ status: 200 as const, body: await adminServices(runtime).users.addToAdmins(path.username) }),
);
