import { definePartnerAccountHandler } from "../edge/define-partner-account-handler";
import { myPartner } from "../portal/my-partner";

export const handler = definePartnerAccountHandler("revokeMyKey", async ({ path }, caller, { runtime }) => ({ status: 200 as const, body: await myPartner(runtime).revoke(caller, path.keyId) }));
