import { defineAdminHandler } from "../edge/define-admin-handler";
import { upgradeRequests } from "../portal/upgrade-requests";

export const handler = defineAdminHandler("listUpgradeRequests", async ({ query }, _caller, { runtime }) => ({ status: 200 as const, body: await upgradeRequests(runtime).list(query.status) }));
