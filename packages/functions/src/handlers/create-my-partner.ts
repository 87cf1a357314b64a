import { definePartnerAccountHandler } from "../edge/define-partner-account-handler";
import { accountEmail } from "../portal/account-email";
import { myPartner } from "../portal/my-partner";

export const handler = definePartnerAccountHandler("createMyPartner", async ({ body }, caller, { runtime }) => ({
  status: 201 as const,
  body: await myPartner(runtime).create(caller, body, () => accountEmail(runtime.config, caller.username)),
}));
