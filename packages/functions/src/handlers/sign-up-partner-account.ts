import { definePublicHandler } from "../edge/define-handler";
import { signUpPartnerAccount } from "../portal/sign-up";

export const handler = definePublicHandler("signUpPartnerAccount", async ({ body }, _caller, { runtime }) => ({
  status: 201 as const,
  body: await signUpPartnerAccount(runtime.config, body),
}));
