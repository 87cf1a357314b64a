import { MetricUnit } from "@aws-lambda-powertools/metrics";
import {
  linkOperations,
  linkRoutesByCaller,
  resolveDayRange,
  type LinkCallerKind,
  type LinkOperation,
  type LinkRouteName,
  type LinkSortOrder,
  type RouteName,
} from "@linkgate/contract";
import type { Caller } from "@linkgate/core";
import { definePartnerHandler, defineUserHandler, type ProxyHandler } from "../edge/define-handler";
import type { RouteImpl } from "../edge/route-handler";
import type { RequestRuntime } from "../request-runtime";
import { metrics } from "../observability/metrics";
import { linkPageView, linkView } from "./link-view";

/** One operation, for its route in every mount: core scopes each call to whichever caller it is. */
type LinkImpl<Op extends LinkOperation> = RouteImpl<LinkRouteName<Op>, Caller, RequestRuntime>;

/** What a list may ask for: a partner's query has no search or sort (newest first, core's default). */
interface ListQuery {
  limit: number;
  cursor?: string | undefined;
  search?: string | undefined;
  sort?: LinkSortOrder;
}

/** The link API's operations, each written once for both kinds of caller. */
const operations: { [Op in LinkOperation]: LinkImpl<Op> } = {
  create: async ({ body, headers }, caller, { runtime }) => {
    const { target, alias, expiresAt } = body;
    const link = await runtime.core.links.create(
      caller,
      { target, ...(alias !== undefined ? { alias } : {}), ...(expiresAt !== undefined ? { expiresAt } : {}) },
      headers.idempotencyKey ? { idempotencyKey: headers.idempotencyKey } : {},
    );
    metrics.addMetric("LinksCreated", MetricUnit.Count, 1);
    return { status: 201, body: linkView(link) };
  },
  list: async ({ query }: { query: ListQuery }, caller, { runtime }) => {
    const { limit, cursor, search, sort } = query;
    const page = await runtime.core.links.list(caller, { limit, ...(sort ? { sort } : {}), ...(cursor ? { cursor } : {}), ...(search ? { search } : {}) });
    return { status: 200, body: linkPageView(page) };
  },
  get: async ({ path }, caller, { runtime }) => ({ status: 200, body: linkView(await runtime.core.links.get(caller, path.code)) }),
  update: async ({ path, body }, caller, { runtime }) => {
    const { target, expiresAt } = body;
    const link = await runtime.core.links.update(caller, path.code, { ...(target !== undefined ? { target } : {}), ...(expiresAt !== undefined ? { expiresAt } : {}) });
    return { status: 200, body: linkView(link) };
  },
  delete: async ({ path }, caller, { runtime }) => {
    await runtime.core.links.delete(caller, path.code);
    return { status: 204 };
  },
  stats: async ({ path, query }, caller, { runtime }) => ({ status: 200, body: await runtime.core.links.stats(caller, path.code, resolveDayRange(query)) }),
};

/** Each kind of caller's definer: it identifies that caller and checks the route is that kind's. */
const definers: Record<LinkCallerKind, <N extends RouteName>(name: N, impl: RouteImpl<N, Caller, RequestRuntime>) => ProxyHandler> = {
  user: defineUserHandler,
  partner: definePartnerHandler,
};

export type LinkHandlers<K extends LinkCallerKind> = { [Op in LinkOperation as LinkRouteName<Op, K>]: ProxyHandler };

/** The link API's handlers for one kind of caller, keyed by route name (`getMyLink`, or `getLink`). */
export function mountLinkHandlers<K extends LinkCallerKind>(kind: K): LinkHandlers<K> {
  const mounted = linkRoutesByCaller[kind];
  const define = definers[kind];
  return Object.fromEntries(linkOperations.map((operation) => [mounted[operation].name, define(mounted[operation].name, operations[operation] as RouteImpl<RouteName, Caller, RequestRuntime>)])) as LinkHandlers<K>;
}
