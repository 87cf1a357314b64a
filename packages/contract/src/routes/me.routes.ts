import { defineRoute } from "../route";
import { meSchema } from "../schemas/account.schemas";
import { listMyLinksQuerySchema } from "../schemas/link.schemas";
import { linkRouteList, mountLinkRoutes } from "./link.routes";

/*
 * Signed-in users: `/me/*`, Cognito access token as `Authorization: Bearer <token>`, checked by the
 * Lambda authorizer (401 without a valid token, 403 when its policy denies). A user sees only their links.
 */

export const getMe = defineRoute({
  name: "getMe",
  method: "GET",
  path: "/me",
  auth: "user",
  summary: "Who you are, and how many links you hold",
  tags: ["me"],
  responses: { 200: { description: "The signed-in user.", body: meSchema } },
  errors: [500],
});

/** The link API for the console's user: lists can also be searched and sorted. */
export const myLinkRoutes = mountLinkRoutes({
  names: { create: "createMyLink", list: "listMyLinks", get: "getMyLink", update: "updateMyLink", delete: "deleteMyLink", stats: "getMyLinkStats" },
  prefix: "/me", auth: "user", tags: ["my links"],
  list: { summary: "List, search and sort your links", query: listMyLinksQuerySchema },
});

export const meRoutes = [getMe, ...linkRouteList(myLinkRoutes)] as const;
