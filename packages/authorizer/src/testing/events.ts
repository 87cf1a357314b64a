import type { APIGatewayRequestAuthorizerEvent, APIGatewayTokenAuthorizerEvent } from "aws-lambda";

export const STAGE_PREFIX = "arn:aws:execute-api:us-east-1:123456789012:a1b2c3d4e5/test";

/** `GET /me/links` → `arn:…:a1b2c3d4e5/test/GET/me/links` (root path: `…/GET/`). */
export function methodArnFor(method: string, path: string): string {
  return `${STAGE_PREFIX}/${method}${path === "/" ? "/" : path}`;
}

/** The TOKEN authorizer event API Gateway sends for the Authorization header value. */
export function tokenEvent(authorization: string, method = "GET", path = "/me"): APIGatewayTokenAuthorizerEvent {
  return { type: "TOKEN", authorizationToken: authorization, methodArn: methodArnFor(method, path) };
}

/** The live API's `$connect` ARN: `arn:…:a1b2c3d4e5/test/$connect`. */
export const CONNECT_ARN = `${STAGE_PREFIX}/$connect`;

/** The REQUEST authorizer event of a WebSocket `$connect` (only the fields the authorizer reads, and their neighbours). */
export function connectEvent(query: Record<string, string> | null): APIGatewayRequestAuthorizerEvent {
  return {
    type: "REQUEST",
    methodArn: CONNECT_ARN,
    resource: "",
    path: "",
    httpMethod: "GET",
    headers: {},
    multiValueHeaders: {},
    pathParameters: null,
    queryStringParameters: query,
    multiValueQueryStringParameters: query ? Object.fromEntries(Object.entries(query).map(([k, v]) => [k, [v]])) : null,
    stageVariables: null,
    requestContext: null as unknown as APIGatewayRequestAuthorizerEvent["requestContext"],
  };
}
