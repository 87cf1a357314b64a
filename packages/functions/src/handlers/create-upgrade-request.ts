import { definePartnerAccountHandler } from "../edge/define-partner-account-handler";
import { upgradeRequests } from "../portal/upgrade-requests";

export const handler = definePartnerAccountHandler("createUpgradeRequest", async ({ body }, caller, { runtime }) => ({
  status: 201 as const,
  body: await upgradeRequests(runtime).open(caller, body.planId),
}));
