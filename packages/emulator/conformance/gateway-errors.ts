import { expect } from "vitest";
import type { HttpResult } from "./http-client";

/**
 * The reference's gateway-response table (shared/reference/apigateway-rest-behaviour.md), written
 * here independently of the emulator's own table so the suite checks it rather than repeats it.
 */
export interface GatewayErrorRow {
  status: number;
  /** Parsed JSON body, or exact text for the front end's plain-text answers. */
  body: unknown;
  /** `x-amzn-ErrorType`; undefined where AWS sends none. */
  errorType: string | undefined;
}

export const GATEWAY_ERRORS = {
  missingAuthenticationToken: { status: 403, body: { message: "Missing Authentication Token" }, errorType: "MissingAuthenticationTokenException" },
  unauthorized: { status: 401, body: { message: "Unauthorized" }, errorType: "UnauthorizedException" },
  explicitDeny: { status: 403, body: { Message: "User is not authorized to access this resource with an explicit deny" }, errorType: "AccessDeniedException" },
  accessDenied: { status: 403, body: { Message: "User is not authorized to access this resource" }, errorType: "AccessDeniedException" },
  authorizerConfiguration: { status: 500, body: { message: null }, errorType: "AuthorizerConfigurationException" },
  forbidden: { status: 403, body: { message: "Forbidden" }, errorType: "ForbiddenException" },
  throttled: { status: 429, body: { message: "Too Many Requests" }, errorType: "TooManyRequestsException" },
  quotaExceeded: { status: 429, body: { message: "Limit Exceeded" }, errorType: "LimitExceededException" },
  integrationFailure: { status: 502, body: { message: "Internal server error" }, errorType: "InternalServerErrorException" },
  integrationTimeout: { status: 504, body: { message: "Endpoint request timed out" }, errorType: "InternalServerErrorException" },
  payloadTooLarge: { status: 413, body: "HTTP content length exceeded 10485760 bytes.", errorType: undefined },
} satisfies Record<string, GatewayErrorRow>;

/** Status, body, `x-amzn-ErrorType`, and the request ids every gateway response carries. */
export function expectGatewayError(result: HttpResult, row: GatewayErrorRow): void {
  const body = typeof row.body === "string" ? result.text : parseJson(result.text);
  const contentType = typeof row.body === "string" ? "text/plain" : "application/json";
  expect({ status: result.status, body, errorType: result.headers["x-amzn-errortype"], contentType: result.headers["content-type"]?.split(";")[0] }).toEqual({
    status: row.status,
    body: row.body,
    errorType: row.errorType,
    contentType,
  });
  expectRequestIds(result);
}

export function expectRequestIds(result: HttpResult): void {
  expect(result.headers["x-amzn-requestid"], "x-amzn-RequestId").toMatch(/^[0-9a-f-]{36}$/);
  expect(result.headers["x-amz-apigw-id"], "x-amz-apigw-id").toMatch(/^\S{8,}$/);
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return `(not JSON) ${text}`;
  }
}

/** Counts statuses of many results: `{ 200: 50, 429: 150 }`. */
export function statusCounts(results: readonly HttpResult[]): Record<number, number> {
  const counts: Record<number, number> = {};
  for (const { status } of results) counts[status] = (counts[status] ?? 0) + 1;
  return counts;
}
