import { defineUserHandler } from "../edge/define-handler";
import { linkPageView } from "../links/link-routes";

export const handler = defineUserHandler(
  "listMyLinks",
  async ({ query }, caller, { runtime }) => {
    const { limit, cursor, search, sort } = query;
    const page = await runtime.core.links.list(caller, { limit, sort, ...(cursor ? { cursor } : {}), ...(search ? { search } : {}) });
    return { status: 200 as const, body: linkPageView(page) };
  },
);
