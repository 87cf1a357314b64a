import { defineAdminHandler } from "../edge/define-admin-handler";
import { upgradeRequests } from "../portal/upgrade-requests";

export const handler = defineAdminHandler("approveUpgradeRequest", async ({ path }, _caller, { runtime }) => ({ status: 200 as const, body: await upgradeRequests(runtime).approve(path.requestId) }));
