import * as z from "zod";
import type { ErrorStatus } from "./error-codes";
import type { RequestHeaderName } from "./headers";

/**
 * Who may call a route; the gateway decides: the Lambda authorizer for user, admin and partner
 * account routes, an API key for partner routes (infra/mapping/routes.ts; the policies:
 * packages/authorizer/README.md). `partnerAccount` is a signed-in partner account (Cognito group
 * `partners`) managing its own partner under `/portal`; `partner` is that partner's API key on `/v1`.
 */
export const authModes = ["public", "user", "admin", "partner", "partnerAccount"] as const;
export type AuthMode = (typeof authModes)[number];

/**
 * What API Gateway itself answers for an auth mode, before any function runs: the authorizer's 401
 * (no or bad token) and 403 (its policy denies), or the API key's 403 (missing, unknown, disabled)
 * and its usage plan's 429 (throttle or quota). `defineRoute` adds them, so no route lists them.
 */
export const gatewayErrors: Record<AuthMode, readonly ErrorStatus[]> = {
  public: [],
  user: [401, 403],
  admin: [401, 403],
  partner: [403, 429],
  partnerAccount: [401, 403],
};

export const httpMethods = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;
export type HttpMethod = (typeof httpMethods)[number];

/** Success statuses a route may declare. */
export type SuccessStatus = 200 | 201 | 204 | 301 | 302;

// Request parts are objects keyed by parameter name (headers by camelCase name, see headers.ts).
type ParamsObject = z.ZodObject;
type HeadersObject = z.ZodObject<{ [K in RequestHeaderName]?: z.ZodType }>;
const noParams = z.object({});
type NoParams = typeof noParams;

export interface ResponseSpec {
  description: string;
  /** JSON body; absent for 204 and redirects. */
  body?: z.ZodType;
  /** Response headers a client reads, lower-case names (`location`). */
  headers?: z.ZodObject;
}

export interface Route<
  Name extends string = string,
  Path extends ParamsObject = ParamsObject,
  Query extends ParamsObject = ParamsObject,
  Headers extends HeadersObject = HeadersObject,
  Body extends z.ZodType | undefined = z.ZodType | undefined,
  Responses extends { [S in SuccessStatus]?: ResponseSpec } = { [S in SuccessStatus]?: ResponseSpec },
> {
  /** Handler name: camelCase, unique; also the OpenAPI operationId and the client's call name. */
  name: Name;
  method: HttpMethod;
  /** API Gateway resource path, `{param}` syntax. */
  path: string;
  auth: AuthMode;
  summary: string;
  description?: string;
  tags: readonly string[];
  request: { path: Path; query: Query; headers: Headers; body: Body };
  responses: Responses;
  /** Error statuses this route can answer with, ascending; all share the error body. */
  errors: readonly ErrorStatus[];
}
export type AnyRoute = Route;

interface RouteSpec<Name extends string, P, Q, H, B, R> {
  name: Name;
  method: HttpMethod;
  path: string;
  auth: AuthMode;
  summary: string;
  description?: string;
  tags: readonly string[];
  request?: { path?: P; query?: Q; headers?: H; body?: B };
  responses: R;
  /** The route's own error statuses; the gateway's for its auth mode (and 503 with 500) are added. */
  errors: readonly ErrorStatus[];
}

/** Declares a route; absent request parts become empty objects so every route has all four. */
export function defineRoute<
  const Name extends string,
  P extends ParamsObject = NoParams,
  Q extends ParamsObject = NoParams,
  H extends HeadersObject = NoParams,
  B extends z.ZodType | undefined = undefined,
  const R extends { [S in SuccessStatus]?: ResponseSpec } = never,
>(spec: RouteSpec<Name, P, Q, H, B, R>): Route<Name, P, Q, H, B, R> {
  const { request, errors, ...rest } = spec;
  const statuses = new Set<ErrorStatus>([...errors, ...gatewayErrors[spec.auth]]);
  // Whatever can fail on the server can also find a dependency briefly down: 503, retryable.
  if (statuses.has(500)) statuses.add(503);
  return {
    ...rest,
    errors: [...statuses].sort((a, b) => a - b),
    request: {
      path: (request?.path ?? noParams) as P,
      query: (request?.query ?? noParams) as Q,
      headers: (request?.headers ?? noParams) as H,
      body: request?.body as B,
    },
  };
}
