import { defineRoute } from "../route";
import { quotaUsageSchema } from "../schemas/account.schemas";
import { listLinksQuerySchema } from "../schemas/link.schemas";
import { linkRouteList, mountLinkRoutes } from "./link.routes";

/*
 * Partner API: `/v1/*`, API key in `x-api-key`, throttled and metered by the key's usage plan at the
 * gateway (403 bad key, 429 throttled or quota spent). A partner sees only its own links.
 */

/** The link API for partners: lists page newest first, without search. */
export const partnerLinkRoutes = mountLinkRoutes({
  names: { create: "createLink", list: "listLinks", get: "getLink", update: "updateLink", delete: "deleteLink", stats: "getLinkStats" },
  prefix: "/v1", auth: "partner", tags: ["partner links"],
  list: { summary: "List your links, newest first", query: listLinksQuerySchema },
  descriptions: { delete: "The code stops redirecting at once. A custom alias becomes free again." },
});

export const getUsage = defineRoute({
  name: "getUsage",
  method: "GET",
  path: "/v1/usage",
  auth: "partner",
  summary: "Your plan and call quota in the current period",
  tags: ["partner usage"],
  responses: { 200: { description: "Quota and usage.", body: quotaUsageSchema } },
  errors: [500],
});

export const partnerRoutes = [...linkRouteList(partnerLinkRoutes), getUsage] as const;
