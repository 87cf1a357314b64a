import { definePartnerAccountHandler } from "../edge/define-partner-account-handler";
import { upgradeRequests } from "../portal/upgrade-requests";

export const handler = definePartnerAccountHandler("listMyUpgradeRequests", async (_input, caller, { runtime }) => ({ status: 200 as const, body: await upgradeRequests(runtime).mine(caller) }));
