import { definePartnerAccountHandler } from "../edge/define-partner-account-handler";
import { myPartner } from "../portal/my-partner";

export const handler = definePartnerAccountHandler("rotateMyKey", async ({ path }, caller, { runtime }) => ({ status: 201 as const, body: await myPartner(runtime).rotate(caller, path.keyId) }));
