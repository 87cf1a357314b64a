import { defineAdminHandler } from "../edge/define-admin-handler";
import { upgradeRequests } from "../portal/upgrade-requests";

export const handler = defineAdminHandler("refuseUpgradeRequest", async ({ path, body }, _caller, { runtime }) => ({
  status: 200 as const,
  body: await upgradeRequests(runtime).refuse(path.requestId, body?.reason),
}));
