import { adminServices } from "../admin/index";
import { defineAdminHandler } from "../edge/define-handler";

export const handler = defineAdminHandler(
  "updateUser",
  async ({ path, body }, _caller, { runtime }) => ({ status: 200 as const, body: await adminServices(runtime).users.setEnabled(path.username, body.enabled) }),
);
