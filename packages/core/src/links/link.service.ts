import type { CoreContext } from "../context";
import { createLinkAccess } from "./link-access";
import { createLinkCreator } from "./link-create";
import { createLinkLister } from "./link-list";
import { createLinkResolver } from "./link-resolve";
import { createLinkTotals } from "./link-totals";

export type LinkService = ReturnType<typeof createLinkService>;

/** Links: create, read, change and list by the owner; `resolve` for the public redirect; `totals` for admins. */
export function createLinkService(ctx: CoreContext) {
  const access = createLinkAccess(ctx);
  return {
    create: createLinkCreator(ctx),
    get: access.get,
    list: createLinkLister(ctx),
    update: access.update,
    delete: access.delete,
    stats: access.stats,
    resolve: createLinkResolver(ctx),
    totals: createLinkTotals(ctx),
  };
}
