import { definePartnerAccountHandler } from "../edge/define-partner-account-handler";
import { myPartner } from "../portal/my-partner";

export const handler = definePartnerAccountHandler("getMyKeyUsage", async ({ path, query }, caller, { runtime }) => ({
  status: 200 as const,
  body: await myPartner(runtime).usage(caller, path.keyId, query),
}));
