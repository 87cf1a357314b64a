import { userAdmin } from "../admin/user-services";
import { defineAdminHandler } from "../edge/define-admin-handler";

export const handler = defineAdminHandler(
  "updateUser",
  async ({ path, body }, _caller, { runtime }) => ({ status: 200 as const, body: await userAdmin(runtime).setEnabled(path.username, body.enabled) }),
);
