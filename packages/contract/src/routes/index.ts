import type * as z from "zod";
import { adminMetricsRoutes } from "./admin-metrics.routes";
import { adminPartnerRoutes } from "./admin-partners.routes";
import { adminPlanRoutes } from "./admin-plans.routes";
import { adminUpgradeRequestRoutes } from "./admin-upgrade-requests.routes";
import { adminUserRoutes } from "./admin-users.routes";
import { linkOperations, type LinkOperation } from "./link.routes";
import { meRoutes, myLinkRoutes } from "./me.routes";
import { partnerLinkRoutes, partnerRoutes } from "./partner.routes";
import { portalRoutes } from "./portal.routes";
import { publicRoutes } from "./public.routes";

/** Every route of the API: the list SST, the emulator, OpenAPI and the client loop over. */
export const routes = [
  ...publicRoutes,
  ...partnerRoutes,
  ...meRoutes,
  ...adminPlanRoutes,
  ...adminPartnerRoutes,
  ...adminUserRoutes,
  ...adminMetricsRoutes,
  ...portalRoutes,
  ...adminUpgradeRequestRoutes,
] as const;

type Routes = (typeof routes)[number];
export type RouteName = Routes["name"];
export type RouteByName<N extends RouteName> = Extract<Routes, { name: N }>;

/** The link API's mounts, by kind of caller: one set of link handlers serves both (functions' links/). */
export const linkRoutesByCaller = { user: myLinkRoutes, partner: partnerLinkRoutes } as const;
export type LinkCallerKind = keyof typeof linkRoutesByCaller;
/** The route name of a link operation as mounted for a kind of caller: `linkRouteName<"get", "user">` is `getMyLink`. */
export type LinkRouteName<Op extends LinkOperation = LinkOperation, K extends LinkCallerKind = LinkCallerKind> = {
  [C in K]: (typeof linkRoutesByCaller)[C][Op]["name"];
}[K];
export { linkOperations, type LinkOperation };

export const routeNames = routes.map((route) => route.name) as readonly RouteName[];

const byName = new Map<string, Routes>(routes.map((route) => [route.name, route]));

export function isRouteName(name: string): name is RouteName {
  return byName.has(name);
}

export function routeByName<N extends RouteName>(name: N): RouteByName<N> {
  const route = byName.get(name);
  if (!route) throw new Error(`No route named '${name}'.`);
  return route as RouteByName<N>;
}

type Request<N extends RouteName> = RouteByName<N>["request"];
type Responses<N extends RouteName> = RouteByName<N>["responses"];
type BodyOf<S> = S extends z.ZodType ? S : never;

/** What a handler receives once the edge has parsed and validated the event (defaults applied). */
export type RouteInput<N extends RouteName> = {
  path: z.output<Request<N>["path"]>;
  query: z.output<Request<N>["query"]>;
  headers: z.output<Request<N>["headers"]>;
  body: Request<N>["body"] extends z.ZodType ? z.output<BodyOf<Request<N>["body"]>> : undefined;
};

/** `{}`: what an empty object literal is, to ask whether a part can be left out. */
export type EmptyObject = Record<never, never>;

// A request part is optional for the caller when an empty object satisfies it.
type Part<K extends string, S> = S extends z.ZodType
  ? EmptyObject extends z.input<S>
    ? { [P in K]?: z.input<S> }
    : { [P in K]: z.input<S> }
  : object;

/** What a client sends: path params, query, body and documented headers (camelCase, e.g. idempotencyKey). */
export type RouteRequest<N extends RouteName> = Part<"path", Request<N>["path"]> &
  Part<"query", Request<N>["query"]> &
  Part<"headers", Request<N>["headers"]> &
  Part<"body", Request<N>["body"]>;

/** Declared success statuses of a route. */
export type RouteSuccessStatus<N extends RouteName> = keyof Responses<N> & number;

type OutputFor<Spec, S> = Spec extends { body: infer B extends z.ZodType }
  ? z.output<B>
  : Spec extends { headers: infer H extends z.ZodType }
    ? { status: S } & z.output<H>
    : { status: S };

/**
 * What a client gets back on success: the parsed body, or — for a response without one (204,
 * redirects) — its status and declared headers, e.g. `{ status: 302, location }`.
 */
export type RouteOutput<N extends RouteName> = {
  [S in RouteSuccessStatus<N>]: OutputFor<Responses<N>[S], S>;
}[RouteSuccessStatus<N>];

type ResponseFor<Spec, S> = Spec extends { body: infer B extends z.ZodType }
  ? { status: S; body: z.input<B> }
  : Spec extends { headers: infer H extends z.ZodType }
    ? { status: S; headers: z.input<H> }
    : { status: S };

/** What a handler answers on success, before the edge serialises it. */
export type RouteResponse<N extends RouteName> = {
  [S in RouteSuccessStatus<N>]: ResponseFor<Responses<N>[S], S>;
}[RouteSuccessStatus<N>];
