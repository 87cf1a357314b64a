import type * as z from "zod";
import { defineRoute, type AuthMode } from "../route";
import { dayRangeQuerySchema } from "../schemas/day-range";
import {
  codePathSchema,
  createLinkBodySchema,
  createLinkHeadersSchema,
  linkPageSchema,
  linkSchema,
  linkStatsSchema,
  updateLinkBodySchema,
} from "../schemas/link.schemas";

/** What a caller can do with its links; the link API has one route per operation and mount. */
export const linkOperations = ["create", "list", "get", "update", "delete", "stats"] as const;
export type LinkOperation = (typeof linkOperations)[number];

/**
 * One kind of caller's view of the link API: only what differs between callers. The routes' names
 * are spelled out (not built from a pattern) because clients call them by name: a search finds them.
 */
export interface LinkMount<Names extends Record<LinkOperation, string>, ListQuery extends z.ZodObject> {
  names: Names;
  /** Path prefix of the caller's routes (`/me`, `/v1`): the gateway's auth model keys on it. */
  prefix: string;
  auth: AuthMode;
  tags: readonly string[];
  /** What this caller may ask of a list, and the summary that says so. */
  list: { summary: string; query: ListQuery };
  /** Documentation this mount gives beyond the shared text. */
  descriptions?: Partial<Record<LinkOperation, string>>;
}

/**
 * The link API, declared once and mounted per caller: a caller sees only its own links (core scopes
 * every call to the `Caller`), so the operations, schemas and responses are the same for all.
 */
export function mountLinkRoutes<const Names extends Record<LinkOperation, string>, ListQuery extends z.ZodObject>(
  mount: LinkMount<Names, ListQuery>,
) {
  const { auth, tags } = mount;
  // Indexed by a type parameter, so each route keeps its literal name (`names.create` would be `string`).
  const name = <Op extends LinkOperation>(operation: Op): Names[Op] => mount.names[operation];
  const links = `${mount.prefix}/links`;
  const link = `${links}/{code}`;
  // What every route of the mount shares: its name, the caller, the tags and the description.
  const common = <Op extends LinkOperation>(operation: Op, sharedDescription?: string) => {
    const description = mount.descriptions?.[operation] ?? sharedDescription;
    return { name: name(operation), auth, tags, ...(description ? { description } : {}) };
  };
  return {
    create: defineRoute({
      ...common("create", "Send an Idempotency-Key so a retry never creates a second link."),
      method: "POST",
      path: links,
      summary: "Create a short link",
      request: { body: createLinkBodySchema, headers: createLinkHeadersSchema },
      responses: { 201: { description: "Created (or replayed for a repeated Idempotency-Key).", body: linkSchema } },
      errors: [400, 409, 500],
    }),
    list: defineRoute({
      ...common("list"),
      method: "GET",
      path: links,
      summary: mount.list.summary,
      request: { query: mount.list.query },
      responses: { 200: { description: "One page of links.", body: linkPageSchema } },
      errors: [400, 500],
    }),
    get: defineRoute({
      ...common("get"),
      method: "GET",
      path: link,
      summary: "Get one of your links",
      request: { path: codePathSchema },
      responses: { 200: { description: "The link.", body: linkSchema } },
      errors: [404, 500],
    }),
    update: defineRoute({
      ...common("update"),
      method: "PATCH",
      path: link,
      summary: "Change a link's target and/or expiry",
      request: { path: codePathSchema, body: updateLinkBodySchema },
      responses: { 200: { description: "The updated link.", body: linkSchema } },
      errors: [400, 404, 500],
    }),
    delete: defineRoute({
      ...common("delete"),
      method: "DELETE",
      path: link,
      summary: "Delete a link",
      request: { path: codePathSchema },
      responses: { 204: { description: "Deleted." } },
      errors: [404, 500],
    }),
    stats: defineRoute({
      ...common("stats"),
      method: "GET",
      path: `${link}/stats`,
      summary: "Clicks per day for a link",
      request: { path: codePathSchema, query: dayRangeQuerySchema },
      responses: { 200: { description: "Clicks per day (UTC), zero-filled.", body: linkStatsSchema } },
      errors: [400, 404, 500],
    }),
  };
}

/** A mount's routes in the order of `linkOperations` (the order the route list, and so OpenAPI, shows them). */
export const linkRouteList = <R extends Record<LinkOperation, unknown>>(mounted: R) => linkOperations.map((operation) => mounted[operation]) as R[LinkOperation][];
