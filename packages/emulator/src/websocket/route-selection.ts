import type { WebSocketRouteDefinition } from "./definition";

/**
 * The route selection expression (websocket-api-develop-routes, "Route selection expressions"):
 * `$request.body.<path>` is evaluated against a message's JSON body; the route whose key equals the
 * (stringified) value wins. A body that is not JSON, a value that is absent, or a key no route has,
 * selects `$default`; undefined when there is no `$default` either (the client then gets the
 * Forbidden error frame).
 */
export type RouteSelector = (body: string | undefined) => WebSocketRouteDefinition | undefined;

const PREDEFINED = new Set(["$connect", "$disconnect", "$default"]);

export function compileRouteSelection(expression: string, routes: ReadonlyMap<string, WebSocketRouteDefinition>): RouteSelector {
  // `${request.body.action}` is the documented alternative spelling of the same expression.
  const match = /^\$\{?request\.body\.([A-Za-z0-9_$.-]+?)\}?$/.exec(expression.trim());
  if (!match?.[1]) throw new Error(`Unsupported route selection expression "${expression}": only $request.body.<path> is supported`);
  const path = match[1].split(".");
  const fallback = routes.get("$default");
  return (body) => {
    if (body === undefined) return fallback;
    let value: unknown;
    try {
      value = JSON.parse(body);
    } catch {
      return fallback;
    }
    for (const key of path) {
      if (typeof value !== "object" || value === null || !Object.hasOwn(value, key)) return fallback;
      value = (value as Record<string, unknown>)[key];
    }
    if (value === null || value === undefined) return fallback;
    const routeKey = typeof value === "string" ? value : JSON.stringify(value);
    // A message can never select the connection's own lifecycle routes.
    const route = PREDEFINED.has(routeKey) ? undefined : routes.get(routeKey);
    return route ?? fallback;
  };
}
