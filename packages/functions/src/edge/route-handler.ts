import { parseRouteRequest, routeByName, type AuthMode, type RouteInput, type RouteName, type RouteResponse } from "@linkgate/contract";
import type { APIGatewayProxyEvent, Context } from "aws-lambda";
import { logger } from "../observability/logger";
import { jsonResponse } from "./http-response";
import { edgeInvocation, type EdgeOptions, type ProxyHandler } from "./invocation";
import { successResponse, type SuccessResult } from "./success-response";

/** What a route's function answers: the contract's typed response, plus headers it does not document. */
export type HandlerResult<N extends RouteName> = RouteResponse<N> & { extraHeaders?: Record<string, string> };

export interface HandlerContext<R> {
  readonly runtime: R;
  readonly event: APIGatewayProxyEvent;
  readonly lambda: Context;
}

export type RouteImpl<N extends RouteName, C, R> = (input: RouteInput<N>, caller: C, ctx: HandlerContext<R>) => Promise<HandlerResult<N>>;

export type Identify<C, R> = (event: APIGatewayProxyEvent, rt: R) => C | Promise<C>;

/**
 * The edge, once for every route: identify the caller, parse the event with the route's schemas
 * (400 naming each bad field; unknown body fields are refused by the contract's strict schemas),
 * run the route, serialise its typed result; errors and metrics are `edgeInvocation`'s. The
 * runtime is the definer's (request or admin), built at cold start, so a missing configuration
 * value fails the function's init with an error naming it, not the first request.
 */
export function defineRouteHandler<N extends RouteName, C, R>(name: N, auth: AuthMode, rt: R, identify: Identify<C, R>, impl: RouteImpl<N, C, R>, options: EdgeOptions): ProxyHandler {
  const route = routeByName(name);
  if (route.auth !== auth) throw new Error(`Route '${name}' is a ${route.auth} route; define its handler with the ${route.auth} definer.`);
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
