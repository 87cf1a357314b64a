import { definePartnerAccountHandler } from "../edge/define-partner-account-handler";
import { myPartner } from "../portal/my-partner";

export const handler = definePartnerAccountHandler("getMyPartner", async (_input, caller, { runtime }) => ({ status: 200 as const, body: await myPartner(runtime).get(caller) }));
