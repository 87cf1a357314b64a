import { defineRoute } from "../route";
import { quotaUsageSchema } from "../schemas/account.schemas";
import { dayRangeQuerySchema } from "../schemas/day-range";
import {
  codePathSchema,
  createLinkBodySchema,
  createLinkHeadersSchema,
  linkPageSchema,
  linkSchema,
  linkStatsSchema,
  listLinksQuerySchema,
  updateLinkBodySchema,
} from "../schemas/link.schemas";

/*
 * Partner API: `/v1/*`, API key in `x-api-key`, throttled and metered by the key's usage plan at the
 * gateway (403 bad key, 429 throttled or quota spent). A partner sees only its own links.
 */
const tags = ["partner links"];

export const createLink = defineRoute({
  name: "createLink",
  method: "POST",
  path: "/v1/links",
  auth: "partner",
  summary: "Create a short link",
  description: "Send an Idempotency-Key so a retry never creates a second link.",
  tags,
  request: { body: createLinkBodySchema, headers: createLinkHeadersSchema },
  responses: { 201: { description: "Created (or replayed for a repeated Idempotency-Key).", body: linkSchema } },
  errors: [400, 403, 409, 429, 500],
});

export const listLinks = defineRoute({
  name: "listLinks",
  method: "GET",
  path: "/v1/links",
  auth: "partner",
  summary: "List your links, newest first",
  tags,
  request: { query: listLinksQuerySchema },
  responses: { 200: { description: "One page of links.", body: linkPageSchema } },
  errors: [400, 403, 429, 500],
});

export const getLink = defineRoute({
  name: "getLink",
  method: "GET",
  path: "/v1/links/{code}",
  auth: "partner",
  summary: "Get one of your links",
  tags,
  request: { path: codePathSchema },
  responses: { 200: { description: "The link.", body: linkSchema } },
  errors: [403, 404, 429, 500],
});

export const updateLink = defineRoute({
  name: "updateLink",
  method: "PATCH",
  path: "/v1/links/{code}",
  auth: "partner",
  summary: "Change a link's target and/or expiry",
  tags,
  request: { path: codePathSchema, body: updateLinkBodySchema },
  responses: { 200: { description: "The updated link.", body: linkSchema } },
  errors: [400, 403, 404, 429, 500],
});

export const deleteLink = defineRoute({
  name: "deleteLink",
  method: "DELETE",
  path: "/v1/links/{code}",
  auth: "partner",
  summary: "Delete a link",
  description: "The code stops redirecting at once. A custom alias becomes free again.",
  tags,
  request: { path: codePathSchema },
  responses: { 204: { description: "Deleted." } },
  errors: [403, 404, 429, 500],
});

export const getLinkStats = defineRoute({
  name: "getLinkStats",
  method: "GET",
  path: "/v1/links/{code}/stats",
  auth: "partner",
  summary: "Clicks per day for a link",
  tags,
  request: { path: codePathSchema, query: dayRangeQuerySchema },
  responses: { 200: { description: "Clicks per day (UTC), zero-filled.", body: linkStatsSchema } },
  errors: [400, 403, 404, 429, 500],
});

export const getUsage = defineRoute({
  name: "getUsage",
  method: "GET",
  path: "/v1/usage",
  auth: "partner",
  summary: "Your plan and call quota in the current period",
  tags: ["partner usage"],
  responses: { 200: { description: "Quota and usage.", body: quotaUsageSchema } },
  errors: [403, 429, 500],
});

export const partnerRoutes = [createLink, listLinks, getLink, updateLink, deleteLink, getLinkStats, getUsage] as const;
