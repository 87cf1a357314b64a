import { defineRoute } from "../route";
import { meSchema } from "../schemas/account.schemas";
import { dayRangeQuerySchema } from "../schemas/day-range";
import {
  codePathSchema,
  createLinkBodySchema,
  createLinkHeadersSchema,
  linkPageSchema,
  linkSchema,
  linkStatsSchema,
  listMyLinksQuerySchema,
  updateLinkBodySchema,
} from "../schemas/link.schemas";

/*
 * Signed-in users: `/me/*`, Cognito access token as `Authorization: Bearer <token>`, checked by the
 * Lambda authorizer (401 without a valid token, 403 when its policy denies). A user sees only their links.
 */
const tags = ["my links"];

export const getMe = defineRoute({
  name: "getMe",
  method: "GET",
  path: "/me",
  auth: "user",
  summary: "Who you are, and how many links you hold",
  tags: ["me"],
  responses: { 200: { description: "The signed-in user.", body: meSchema } },
  errors: [401, 403, 500],
});

export const createMyLink = defineRoute({
  name: "createMyLink",
  method: "POST",
  path: "/me/links",
  auth: "user",
  summary: "Create a short link",
  description: "Send an Idempotency-Key so a retry never creates a second link.",
  tags,
  request: { body: createLinkBodySchema, headers: createLinkHeadersSchema },
  responses: { 201: { description: "Created (or replayed for a repeated Idempotency-Key).", body: linkSchema } },
  errors: [400, 401, 403, 409, 500],
});

export const listMyLinks = defineRoute({
  name: "listMyLinks",
  method: "GET",
  path: "/me/links",
  auth: "user",
  summary: "List, search and sort your links",
  tags,
  request: { query: listMyLinksQuerySchema },
  responses: { 200: { description: "One page of links.", body: linkPageSchema } },
  errors: [400, 401, 403, 500],
});

export const getMyLink = defineRoute({
  name: "getMyLink",
  method: "GET",
  path: "/me/links/{code}",
  auth: "user",
  summary: "Get one of your links",
  tags,
  request: { path: codePathSchema },
  responses: { 200: { description: "The link.", body: linkSchema } },
  errors: [401, 403, 404, 500],
});

export const updateMyLink = defineRoute({
  name: "updateMyLink",
  method: "PATCH",
  path: "/me/links/{code}",
  auth: "user",
  summary: "Change a link's target and/or expiry",
  tags,
  request: { path: codePathSchema, body: updateLinkBodySchema },
  responses: { 200: { description: "The updated link.", body: linkSchema } },
  errors: [400, 401, 403, 404, 500],
});

export const deleteMyLink = defineRoute({
  name: "deleteMyLink",
  method: "DELETE",
  path: "/me/links/{code}",
  auth: "user",
  summary: "Delete a link",
  tags,
  request: { path: codePathSchema },
  responses: { 204: { description: "Deleted." } },
  errors: [401, 403, 404, 500],
});

export const getMyLinkStats = defineRoute({
  name: "getMyLinkStats",
  method: "GET",
  path: "/me/links/{code}/stats",
  auth: "user",
  summary: "Clicks per day for a link",
  tags,
  request: { path: codePathSchema, query: dayRangeQuerySchema },
  responses: { 200: { description: "Clicks per day (UTC), zero-filled.", body: linkStatsSchema } },
  errors: [400, 401, 403, 404, 500],
});

export const meRoutes = [getMe, createMyLink, listMyLinks, getMyLink, updateMyLink, deleteMyLink, getMyLinkStats] as const;
