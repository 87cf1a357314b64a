/**
 * What the WebSocket gateway serves: one stage of an API Gateway WebSocket API (apigatewayv2,
 * protocol WEBSOCKET). Generic — it knows nothing about links; callers build it.
 */
import type { FunctionDefinition } from "../lambda/function-definition";

export interface WebSocketRouteDefinition {
  /** `$connect`, `$disconnect`, `$default`, or a custom key the route selection expression yields. */
  routeKey: string;
  /** Name of the function (key of `functions`) behind the route's Lambda proxy integration. */
  function: string;
  /** Name of an authorizer (key of `authorizers`): `$connect` only, as on AWS. */
  authorizer?: string;
}

export interface WebSocketAuthorizerDefinition {
  /** WebSocket APIs take Lambda REQUEST authorizers (and IAM, which the emulator does not model). */
  type: "REQUEST";
  function: string;
  /** `route.request.querystring.X` or `route.request.header.X`; all must be present, or 401 without invoking. */
  identitySource: string[];
}

export interface WebSocketRouteThrottle {
  rateLimit: number;
  burstLimit: number;
}

export interface WebSocketLimits {
  /** Whole message, reassembled from its frames (AWS: 128 KB). */
  maxMessageBytes: number;
  /** One frame (AWS: 32 KB). */
  maxFrameBytes: number;
  /** No message from the client for this long closes the connection (AWS: 10 minutes). */
  idleTimeoutMs: number;
  /** A connection lasts at most this long (AWS: 2 hours). */
  maxConnectionMs: number;
}

export interface WebSocketApiDefinition {
  /** `requestContext.apiId`, the ARNs and CloudWatch's `ApiId` dimension. */
  apiId: string;
  name?: string;
  stage: string;
  region?: string;
  accountId?: string;
  /** Default and only form supported: `$request.body.<path>` (default `$request.body.action`). */
  routeSelectionExpression?: string;
  routes: WebSocketRouteDefinition[];
  authorizers?: Record<string, WebSocketAuthorizerDefinition>;
  /** Run by the same Lambda runtime as the REST API's. */
  functions: Record<string, FunctionDefinition>;
  stageVariables?: Record<string, string>;
  limits?: Partial<WebSocketLimits>;
  /** Per route key, and `"*"` for the stage default (apigatewayv2 RouteSettings / DefaultRouteSettings). */
  routeThrottling?: Record<string, WebSocketRouteThrottle>;
}

/** The quotas page (apigateway-execution-service-websocket-limits-table): none of these can be raised on AWS. */
export const DEFAULT_WEBSOCKET_LIMITS: WebSocketLimits = {
  maxMessageBytes: 128 * 1024,
  maxFrameBytes: 32 * 1024,
  idleTimeoutMs: 10 * 60_000,
  maxConnectionMs: 2 * 60 * 60_000,
};

export const DEFAULT_ROUTE_SELECTION_EXPRESSION = "$request.body.action";
