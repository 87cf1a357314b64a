import { LIVE_TOKEN_QUERY_PARAMETER, type LiveRoute } from "@linkgate/contract/live";
import { liveHandlerEntryFor } from "@linkgate/functions/entries";
import { sstHandlerFor } from "./routes";

/**
 * The live (WebSocket) API's contract routes → API Gateway routes, as plain data: infra/live.ts
 * deploys them, the local stack's emulator serves the same list with the same settings.
 */

/** The SST component's name, hence `Resource.Live` in the functions (functions' config.ts reads it). */
export const LIVE_API_NAME = "Live";
export const LIVE_AUTHORIZER_NAME = "LiveConnectToken";

/**
 * Where the `$connect` authorizer finds the token: the query parameter the console sets (browsers
 * cannot set headers on a WebSocket). A connect without it is refused with 401 before the
 * authorizer runs (API Gateway, "Control access to WebSocket APIs with Lambda REQUEST authorizers").
 */
export const LIVE_AUTHORIZER_IDENTITY_SOURCE = `route.request.querystring.${LIVE_TOKEN_QUERY_PARAMETER}`;

/**
 * API Gateway sends a route's integration response back to the client only when the route has a
 * route response, and `$default` is the only key WebSocket APIs support ("Set up route responses
 * for WebSocket APIs in API Gateway"). SST's `route()` creates none: infra/live.ts adds it.
 */
export const LIVE_ROUTE_RESPONSE_KEY = "$default";

/** The fields of a contract live route that infrastructure needs (contract: live.ts `LiveRoute`). */
export interface LiveRouteShape {
  routeKey: string;
  name: LiveRoute["name"];
  authorized: boolean;
}

export interface LiveRouteSpec {
  /** The contract's function name; also SST's route name, so logical ids stay stable. */
  name: LiveRoute["name"];
  routeKey: string;
  /** SST handler string: `packages/functions/src/handlers/live-<route>.handler` (functions/src/entries.ts). */
  handler: string;
  /** Behind the REQUEST authorizer (only `$connect` can be). */
  authorizer: boolean;
  /**
   * The function's returned body goes back to the client (a route response). Not on `$connect` and
   * `$disconnect`: their result only accepts or refuses the connection, there is no message to answer.
   */
  twoWay: boolean;
}

const LIFECYCLE_ROUTES: readonly string[] = ["$connect", "$disconnect"];

export function liveRouteFor(route: LiveRouteShape): LiveRouteSpec {
  // API Gateway runs authorizers on `$connect` only, and SST would silently drop `auth` on any other
  // route (apigateway-websocket-route.ts): refuse it here rather than deploy an open route.
  if (route.authorized && route.routeKey !== "$connect") {
    throw new Error(`Live route "${route.name}" (${route.routeKey}): only $connect can be behind an authorizer.`);
  }
  if (!/^(\$(connect|disconnect|default)|[A-Za-z0-9_-]+)$/.test(route.routeKey)) {
    throw new Error(`Live route "${route.name}": "${route.routeKey}" is not $connect, $disconnect, $default or a plain action name.`);
  }
  return {
    name: route.name,
    routeKey: route.routeKey,
    handler: sstHandlerFor(liveHandlerEntryFor(route.name)),
    authorizer: route.authorized,
    twoWay: !LIFECYCLE_ROUTES.includes(route.routeKey),
  };
}

/**
 * Every contract live route, each once. `$connect` must be authorized: the live API pushes an
 * owner's data to whoever holds the connection, so an open `$connect` would be an open API.
 */
export function liveRoutesFor(routes: readonly LiveRouteShape[]): LiveRouteSpec[] {
  const specs = routes.map(liveRouteFor);
  for (const [what, values] of [
    ["function name", specs.map((spec): string => spec.name)],
    ["route key", specs.map((spec) => spec.routeKey)],
  ] as const) {
    const repeated = values.find((value, index) => values.indexOf(value) !== index);
    if (repeated !== undefined) throw new Error(`The contract declares the live ${what} "${repeated}" more than once.`);
  }
  const connect = specs.find((spec) => spec.routeKey === "$connect");
  if (!connect?.authorizer) throw new Error("The contract's live API needs a $connect route behind the authorizer.");
  return specs;
}

/**
 * `ApiGatewayWebSocket.route()`'s options for a route, given the authorizer's id (generic, so this
 * stays pure while infra/live.ts passes SST's Output). A two-way route selects its route response
 * with `$default`, as the console's "Enable two-way communication" sets it.
 */
export function liveRouteArgsFor<Id>(
  spec: LiveRouteSpec,
  authorizerId: Id,
): { name: string; auth?: { lambda: Id }; transform?: { route: { routeResponseSelectionExpression: string } } } {
  return {
    name: spec.name,
    ...(spec.authorizer ? { auth: { lambda: authorizerId } } : {}),
    ...(spec.twoWay ? { transform: { route: { routeResponseSelectionExpression: LIVE_ROUTE_RESPONSE_KEY } } } : {}),
  };
}
