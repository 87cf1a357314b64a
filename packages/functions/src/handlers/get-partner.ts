import { partnerView } from "../admin/partner-view";
import { defineAdminHandler } from "../edge/define-admin-handler";

export const handler = defineAdminHandler(
  "getPartner",
  async ({ path }, _caller, { runtime }) => ({ status: 200 as const, body: partnerView(await runtime.core.partners.get(path.partnerId)) }),
);
