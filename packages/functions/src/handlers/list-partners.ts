import { partnerView } from "../admin/partner-view";
import { defineAdminHandler } from "../edge/define-admin-handler";

export const handler = defineAdminHandler(
  "listPartners",
  async ({ query }, _caller, { runtime }) => {
    const { limit, cursor, status } = query;
    const page = await runtime.core.partners.list({ limit, ...(cursor ? { cursor } : {}), ...(status ? { status } : {}) });
    return { status: 200 as const, body: { items: page.items.map(partnerView), nextCursor: page.nextCursor ?? null } };
  },
);
