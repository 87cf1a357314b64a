import { definePartnerHandler } from "../edge/define-handler";
import { linkPageView } from "../links/link-routes";

export const handler = definePartnerHandler(
  "listLinks",
  async ({ query }, caller, { runtime }) => ({
    status: 200 as const,
    body: linkPageView(await runtime.core.links.list(caller, { limit: query.limit, ...(query.cursor ? { cursor: query.cursor } : {}) })),
  }),
);
