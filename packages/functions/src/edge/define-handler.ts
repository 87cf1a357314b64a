import { parseRouteRequest, routeByName, type AuthMode, type RouteInput, type RouteName, type RouteResponse } from "@linkgate/contract";
import type { PartnerCaller, UserCaller } from "@linkgate/core";
import type { APIGatewayProxyEvent, Context } from "aws-lambda";
import { logger } from "../observability/logger";
import { runtime, type Runtime } from "../runtime";
import { adminCallerOf, partnerCallerOf, userCallerOf } from "./caller";
import { jsonResponse } from "./http-response";
import { edgeInvocation, type EdgeOptions, type ProxyHandler } from "./invocation";
import { successResponse, type SuccessResult } from "./success-response";

export type { EdgeOptions, ProxyHandler } from "./invocation";

/** What a route's function answers: the contract's typed response, plus headers it does not document. */
export type HandlerResult<N extends RouteName> = RouteResponse<N> & { extraHeaders?: Record<string, string> };

export interface HandlerContext {
  readonly runtime: Runtime;
  readonly event: APIGatewayProxyEvent;
  readonly lambda: Context;
}

export type RouteImpl<N extends RouteName, C> = (input: RouteInput<N>, caller: C, ctx: HandlerContext) => Promise<HandlerResult<N>>;

type Identify<C> = (event: APIGatewayProxyEvent, rt: Runtime) => C | Promise<C>;

const identifiers = {
  public: () => undefined,
  user: (event) => userCallerOf(event),
  admin: (event) => adminCallerOf(event),
  partner: (event, rt) => partnerCallerOf(event, rt.core.partners),
} satisfies Record<AuthMode, Identify<unknown>>;

/**
 * The edge, once for every route: identify the caller, parse the event with the route's schemas
 * (400 naming each bad field; unknown body fields are refused by the contract's strict schemas),
 * run the route, serialise its typed result; errors and metrics are `edgeInvocation`'s.
 */
function defineRouteHandler<N extends RouteName, A extends AuthMode, C>(name: N, auth: A, impl: RouteImpl<N, C>, options: EdgeOptions): ProxyHandler {
  const route = routeByName(name);
  if (route.auth !== auth) throw new Error(`Route '${name}' is a ${route.auth} route; define its handler with the ${route.auth} definer.`);
  const identify = identifiers[auth] as Identify<C>;
  // Cold start: configuration is read and checked when the module loads, so a missing value fails
  // the function's init with an error naming it, not the first request.
  const rt = runtime();
  return edgeInvocation(name, options, async (event, lambda) => {
    const caller = await identify(event, rt);
    const parsed = parseRouteRequest(name, event);
    if (!parsed.success) {
      logger.info("request refused", { code: "validation_failed", status: 400, issues: parsed.error.issues });
      return jsonResponse(400, parsed.error);
    }
    return successResponse((await impl(parsed.input, caller, { runtime: rt, event, lambda })) as SuccessResult);
  });
}

export const definePublicHandler = <N extends RouteName>(name: N, impl: RouteImpl<N, undefined>, options: EdgeOptions = {}) =>
  defineRouteHandler(name, "public", impl, options);
export const defineUserHandler = <N extends RouteName>(name: N, impl: RouteImpl<N, UserCaller>) => defineRouteHandler(name, "user", impl, {});
export const defineAdminHandler = <N extends RouteName>(name: N, impl: RouteImpl<N, UserCaller>) => defineRouteHandler(name, "admin", impl, {});
export const definePartnerHandler = <N extends RouteName>(name: N, impl: RouteImpl<N, PartnerCaller>) => defineRouteHandler(name, "partner", impl, {});
