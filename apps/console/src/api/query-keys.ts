import type { AuthMode, LinkSortOrder, UpgradeRequestStatus } from "@linkgate/contract";
import type { QueryKey } from "@tanstack/react-query";

/**
 * Every TanStack Query key of the console: queries and the mutations that refresh them both take
 * their keys from here, so no key is spelled twice.
 *
 * Keys nest, and TanStack matches a key by prefix: invalidating `links.lists()` refreshes every
 * page and search of the list, not a link's detail. The first segment is the contract's auth mode
 * of the routes the query calls, so a key also says whose session it needs (see `isOwnAccountQuery`).
 */

/** A list's cursor as the API takes it: absent on the first page. */
export interface PageParam {
  cursor?: string;
}

const scope = <const Parts extends readonly unknown[]>(auth: AuthMode, ...parts: Parts) => [auth, ...parts] as const;

const linkLists = scope("user", "links", "list");
const partnerLists = scope("admin", "partners", "list");
const userLists = scope("admin", "users", "list");
const upgradeRequestLists = scope("admin", "upgrade-requests", "list");

export const queryKeys = {
  /** `GET /me`: the signed-in user, with links used of the limit (a create or delete changes it). */
  profile: () => scope("user", "profile"),
  links: {
    lists: () => linkLists,
    list: (params: { search: string; sort: LinkSortOrder } & PageParam) => [...linkLists, params] as const,
    detail: (code: string) => scope("user", "links", "detail", code),
    stats: (code: string) => scope("user", "links", "stats", code),
  },
  /** Plans are listed whole (no paging): one key for the plans page and every plan picker. */
  plans: () => scope("admin", "plans"),
  partners: {
    lists: () => partnerLists,
    list: (params: PageParam) => [...partnerLists, params] as const,
    detail: (partnerId: string) => scope("admin", "partners", "detail", partnerId),
    usage: (partnerId: string) => scope("admin", "partners", "usage", partnerId),
  },
  users: {
    lists: () => userLists,
    list: (params: { search: string } & PageParam) => [...userLists, params] as const,
    detail: (username: string) => scope("admin", "users", "detail", username),
  },
  /** Every partner's usage over 30 days, read at once for the dashboard. */
  dashboard: () => scope("admin", "dashboard"),
  adminMetrics: () => scope("admin", "metrics"),
  /** The API's traffic from CloudWatch, one key per range. */
  apiMetrics: (range: string) => scope("admin", "metrics", "api", range),
  openApiDocument: () => scope("public", "openapi"),
  /** `GET /portal/plans`: every plan with its limits, for the public docs and the partner's upgrade picker. */
  publicPlans: () => scope("public", "plans"),
  /** A partner account's own partner, its key's usage and its upgrade requests (`/portal/*`). */
  portal: {
    all: () => scope("partnerAccount", "portal"),
    partner: () => scope("partnerAccount", "portal", "partner"),
    usage: (keyId: string) => scope("partnerAccount", "portal", "usage", keyId),
    upgradeRequests: () => scope("partnerAccount", "portal", "upgrade-requests"),
  },
  /** Partners' upgrade requests, for admins, one key per status filter. */
  upgradeRequests: {
    lists: () => upgradeRequestLists,
    list: (status: UpgradeRequestStatus | undefined) => [...upgradeRequestLists, { status }] as const,
  },
};

/**
 * Whether a query calls a signed-in account's own routes (a user's `/me/*`, a partner account's
 * `/portal/*`), where a 403 can only be the gateway's deny: the account lost access (disabled).
 */
export function isOwnAccountQuery(queryKey: QueryKey): boolean {
  return queryKey[0] === ("user" satisfies AuthMode) || queryKey[0] === ("partnerAccount" satisfies AuthMode);
}
