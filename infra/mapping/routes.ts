import { handlerEntryFor } from "@linkgate/functions/entries";

/**
 * Contract route → API Gateway route, as plain data. `infra/api.ts` loops over the contract and
 * calls these; tests call them too, so what is deployed is what is tested.
 */

/** Who may call a route (the contract's `auth` field). */
export type RouteAuth = "public" | "user" | "admin" | "partner" | "partnerAccount";

/** The fields of a contract route that infrastructure needs. */
export interface ContractRouteShape {
  name: string;
  method: string;
  /** API Gateway path syntax: `/v1/links/{code}`. */
  path: string;
  auth: RouteAuth;
}

export interface ApiRouteSpec {
  /** The contract route name; also the SST route name, so logical ids stay stable. */
  name: string;
  /** SST's `"METHOD /path"`. */
  routeKey: string;
  /** SST handler: `<file without .ts>.<export>`, relative to the repository root. */
  handler: string;
  /** Callers are identified by the Lambda authorizer (users, admins and partner accounts). */
  authorizer: boolean;
  /** Callers must send an API key that belongs to a usage plan (partners). */
  apiKey: boolean;
  /** The handler administers usage plans, API keys and Cognito users. */
  admin: boolean;
  /** The handler manages its partner account's own partner: API keys and usage plans, no Cognito (`/portal/*`). */
  partnerAccount: boolean;
}

const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS", "ANY"] as const;

export function apiRouteFor(route: ContractRouteShape): ApiRouteSpec {
  const method = route.method.toUpperCase();
  if (!(METHODS as readonly string[]).includes(method)) {
    throw new Error(`Route "${route.name}": unsupported method "${route.method}".`);
  }
  if (!route.path.startsWith("/")) throw new Error(`Route "${route.name}": path "${route.path}" must start with "/".`);
  return {
    name: route.name,
    routeKey: `${method} ${route.path}`,
    handler: sstHandlerFor(handlerEntryFor(route.name)),
    authorizer: route.auth === "user" || route.auth === "admin" || route.auth === "partnerAccount",
    apiKey: route.auth === "partner",
    admin: route.auth === "admin",
    partnerAccount: route.auth === "partnerAccount",
  };
}

/** Every contract route, each declared once: a repeated name or method+path is a contract bug. */
export function apiRoutesFor(routes: readonly ContractRouteShape[]): ApiRouteSpec[] {
  const specs = routes.map(apiRouteFor);
  assertUnique(specs.map((spec) => spec.name), "route name");
  assertUnique(specs.map((spec) => spec.routeKey), "method and path");
  return specs;
}

/**
 * The `ApiGatewayV1.route()` options for a route, given the authorizer's id. Generic in the id so
 * it stays pure here while `infra/api.ts` passes SST's `Output<string>`.
 */
export function routeArgsFor<Id>(spec: ApiRouteSpec, authorizerId: Id): { name: string; auth?: { custom: Id }; apiKey?: true } {
  return {
    name: spec.name,
    ...(spec.authorizer ? { auth: { custom: authorizerId } } : {}),
    ...(spec.apiKey ? { apiKey: true as const } : {}),
  };
}

/** `{ file: "packages/x/src/h.ts", export: "handler" }` → `packages/x/src/h.handler`. */
export function sstHandlerFor(entry: { file: string; export: string }): string {
  return `${entry.file.replace(/\.[cm]?[jt]s$/, "")}.${entry.export}`;
}

function assertUnique(values: readonly string[], what: string): void {
  const seen = new Set<string>();
  for (const value of values) {
    if (seen.has(value)) throw new Error(`The contract declares the ${what} "${value}" more than once.`);
    seen.add(value);
  }
}
