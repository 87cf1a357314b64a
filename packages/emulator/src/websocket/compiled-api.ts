import { DEFAULT_ACCOUNT_ID } from "../lambda/lambda-runtime";
import { TokenBucket } from "../usage/token-bucket";
import {
  DEFAULT_ROUTE_SELECTION_EXPRESSION,
  DEFAULT_WEBSOCKET_LIMITS,
  type WebSocketApiDefinition,
  type WebSocketAuthorizerDefinition,
  type WebSocketLimits,
  type WebSocketRouteDefinition,
} from "./definition";
import { compileRouteSelection, type RouteSelector } from "./route-selection";
import { compileWebSocketIdentity, type WebSocketIdentityReader } from "./ws-identity-source";

/** A definition checked once at start: every mistake in it is a clear error then, never a failed message later. */
export interface CompiledWebSocketApi {
  definition: WebSocketApiDefinition;
  region: string;
  accountId: string;
  limits: WebSocketLimits;
  routes: ReadonlyMap<string, WebSocketRouteDefinition>;
  selectRoute: RouteSelector;
  connectAuthorizer?: { name: string; definition: WebSocketAuthorizerDefinition; identity: WebSocketIdentityReader };
  /** Takes a token for `routeKey` (its own bucket, else the stage default); true when it may proceed. */
  tryThrottle(routeKey: string, now: number): boolean;
}

export function compileWebSocketApi(definition: WebSocketApiDefinition, defaultRegion: string): CompiledWebSocketApi {
  const where = `WebSocket API ${definition.apiId}`;
  if (!definition.apiId) throw new Error("WebSocket API: apiId is required");
  if (!definition.stage || !/^[A-Za-z0-9_-]+$/.test(definition.stage)) throw new Error(`${where}: stage must be letters, digits, - or _, got "${definition.stage}"`);
  const routes = new Map<string, WebSocketRouteDefinition>();
  for (const route of definition.routes) {
    if (routes.has(route.routeKey)) throw new Error(`${where}: route ${route.routeKey} is declared twice`);
    if (!definition.functions[route.function]) throw new Error(`${where}: route ${route.routeKey} names unknown function "${route.function}"`);
    if (route.authorizer !== undefined && route.routeKey !== "$connect") {
      throw new Error(`${where}: route ${route.routeKey} has an authorizer; WebSocket APIs authorize on $connect only`);
    }
    routes.set(route.routeKey, route);
  }
  for (const [name, authorizer] of Object.entries(definition.authorizers ?? {})) {
    if (authorizer.type !== "REQUEST") throw new Error(`${where}: authorizer ${name} must be REQUEST, got ${String(authorizer.type)}`);
    if (!definition.functions[authorizer.function]) throw new Error(`${where}: authorizer ${name} names unknown function "${authorizer.function}"`);
  }
  const limits = { ...DEFAULT_WEBSOCKET_LIMITS, ...definition.limits };
  for (const [key, value] of Object.entries(limits)) {
    if (!Number.isFinite(value) || value <= 0) throw new Error(`${where}: limits.${key} must be a positive number, got ${value}`);
  }
  return {
    definition,
    region: definition.region ?? defaultRegion,
    accountId: definition.accountId ?? DEFAULT_ACCOUNT_ID,
    limits,
    routes,
    selectRoute: compileRouteSelection(definition.routeSelectionExpression ?? DEFAULT_ROUTE_SELECTION_EXPRESSION, routes),
    ...connectAuthorizerOf(definition, routes.get("$connect"), where),
    tryThrottle: compileThrottle(definition, where),
  };
}

function connectAuthorizerOf(definition: WebSocketApiDefinition, connect: WebSocketRouteDefinition | undefined, where: string): Pick<CompiledWebSocketApi, "connectAuthorizer"> {
  if (connect?.authorizer === undefined) return {};
  const authorizer = definition.authorizers?.[connect.authorizer];
  if (!authorizer) throw new Error(`${where}: route $connect names unknown authorizer "${connect.authorizer}"`);
  return { connectAuthorizer: { name: connect.authorizer, definition: authorizer, identity: compileWebSocketIdentity(authorizer.identitySource) } };
}

function compileThrottle(definition: WebSocketApiDefinition, where: string): CompiledWebSocketApi["tryThrottle"] {
  const settings = definition.routeThrottling ?? {};
  for (const [key, { rateLimit, burstLimit }] of Object.entries(settings)) {
    if (!(rateLimit >= 0) || !(burstLimit >= 0)) throw new Error(`${where}: routeThrottling.${key} needs rateLimit and burstLimit of 0 or more`);
  }
  const buckets = new Map<string, TokenBucket | null>();
  return (routeKey, now) => {
    let bucket = buckets.get(routeKey);
    if (bucket === undefined) {
      const limits = settings[routeKey] ?? settings["*"];
      bucket = limits ? new TokenBucket(limits.rateLimit, limits.burstLimit, now) : null;
      buckets.set(routeKey, bucket);
    }
    return bucket === null || bucket.tryTake(now);
  };
}
