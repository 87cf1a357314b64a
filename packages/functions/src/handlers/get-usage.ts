import { partnerUsageOf } from "../admin/index";
import { definePartnerHandler } from "../edge/define-handler";

export const handler = definePartnerHandler(
  "getUsage",
  async (_input, caller, { runtime }) => ({ status: 200 as const, body: await partnerUsageOf(runtime).ofPartner(caller) }),
);
