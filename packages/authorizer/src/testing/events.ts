import type { APIGatewayTokenAuthorizerEvent } from "aws-lambda";

export const STAGE_PREFIX = "arn:aws:execute-api:us-east-1:123456789012:a1b2c3d4e5/test";

/** `GET /me/links` → `arn:…:a1b2c3d4e5/test/GET/me/links` (root path: `…/GET/`). */
export function methodArnFor(method: string, path: string): string {
  return `${STAGE_PREFIX}/${method}${path === "/" ? "/" : path}`;
}

/** The TOKEN authorizer event API Gateway sends for the Authorization header value. */
export function tokenEvent(authorization: string, method = "GET", path = "/me"): APIGatewayTokenAuthorizerEvent {
  return { type: "TOKEN", authorizationToken: authorization, methodArn: methodArnFor(method, path) };
}
