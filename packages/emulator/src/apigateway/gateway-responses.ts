import type { CorsHeaders } from "./cors";
import type { GatewayReply } from "./gateway-reply";

/**
 * Responses API Gateway generates itself (never the integration's). One table, so status, body
 * and `x-amzn-ErrorType` live in one place. Bodies are the exact bytes AWS sends with its default
 * templates (`{"message":$context.error.messageString}`), including the two known oddities:
 * ACCESS_DENIED says `Message` with a capital M, and the 502/504 bodies have a space after the colon.
 *
 * Reading (unsure in the docs): SST's `cors: true` customises DEFAULT_4XX/5XX with the same default
 * template and CORS headers. We keep every type's default body under CORS and only add the headers;
 * whether AWS then lower-cases ACCESS_DENIED's `Message` is not documented.
 */
export type GatewayResponseType =
  | "MISSING_AUTHENTICATION_TOKEN"
  | "UNAUTHORIZED"
  | "ACCESS_DENIED_EXPLICIT"
  | "ACCESS_DENIED"
  | "AUTHORIZER_CONFIGURATION_ERROR"
  | "INVALID_API_KEY"
  | "THROTTLED"
  | "QUOTA_EXCEEDED"
  | "INTEGRATION_FAILURE"
  | "INTEGRATION_TIMEOUT"
  | "INTERNAL_SERVER_ERROR"
  | "REQUEST_TOO_LARGE"
  | "HEADERS_TOO_LARGE"
  | "URI_TOO_LONG";

export interface GatewayResponseSpec {
  status: number;
  body: string;
  /** `x-amzn-ErrorType`; the front end's plain-text limit answers carry none. */
  errorType?: string;
  contentType: string;
}

const json = "application/json";

export const GATEWAY_RESPONSES: Record<GatewayResponseType, GatewayResponseSpec> = {
  MISSING_AUTHENTICATION_TOKEN: { status: 403, body: '{"message":"Missing Authentication Token"}', errorType: "MissingAuthenticationTokenException", contentType: json },
  UNAUTHORIZED: { status: 401, body: '{"message":"Unauthorized"}', errorType: "UnauthorizedException", contentType: json },
  ACCESS_DENIED_EXPLICIT: {
    status: 403,
    body: '{"Message":"User is not authorized to access this resource with an explicit deny"}',
    errorType: "AccessDeniedException",
    contentType: json,
  },
  ACCESS_DENIED: { status: 403, body: '{"Message":"User is not authorized to access this resource"}', errorType: "AccessDeniedException", contentType: json },
  AUTHORIZER_CONFIGURATION_ERROR: { status: 500, body: '{"message":null}', errorType: "AuthorizerConfigurationException", contentType: json },
  INVALID_API_KEY: { status: 403, body: '{"message":"Forbidden"}', errorType: "ForbiddenException", contentType: json },
  THROTTLED: { status: 429, body: '{"message":"Too Many Requests"}', errorType: "TooManyRequestsException", contentType: json },
  QUOTA_EXCEEDED: { status: 429, body: '{"message":"Limit Exceeded"}', errorType: "LimitExceededException", contentType: json },
  INTEGRATION_FAILURE: { status: 502, body: '{"message": "Internal server error"}', errorType: "InternalServerErrorException", contentType: json },
  INTEGRATION_TIMEOUT: { status: 504, body: '{"message": "Endpoint request timed out"}', errorType: "InternalServerErrorException", contentType: json },
  // Reading: when Lambda itself throttles the invoke (reserved concurrency reached), a REST API
  // proxy integration answers 500 with the generic internal-error body. Also the emulator's own
  // unexpected failures: generic outside, detailed only in the thrown error.
  INTERNAL_SERVER_ERROR: { status: 500, body: '{"message": "Internal server error"}', errorType: "InternalServerErrorException", contentType: json },
  // The payload limit is enforced by API Gateway's HTTP front end, before any gateway response
  // applies: plain text, no error type (custom REQUEST_TOO_LARGE templates are known to be ignored).
  REQUEST_TOO_LARGE: { status: 413, body: "HTTP content length exceeded 10485760 bytes.", contentType: "text/plain" },
  // Reading: the header limit is enforced by the same front end; the text users report is
  // "HTTP header is larger than 10240 bytes." and we answer it with the same 413 as the body limit.
  HEADERS_TOO_LARGE: { status: 413, body: "HTTP header is larger than 10240 bytes.", contentType: "text/plain" },
  // Documented: "the API client receives a 414 Request URI too long response" (authorizer output
  // page); the body is not documented, we use the default template's shape.
  URI_TOO_LONG: { status: 414, body: '{"message":"Request URI too long"}', errorType: "RequestUriTooLongException", contentType: json },
};

/** `cors`: the stage's CORS headers (`cors.ts`), added to DEFAULT_4XX/5XX replies. */
export function gatewayReply(type: GatewayResponseType, ids: { requestId: string; extendedRequestId: string }, cors: CorsHeaders | undefined): GatewayReply {
  const spec = GATEWAY_RESPONSES[type];
  const headers: Record<string, string> = {
    "Content-Type": spec.contentType,
    "x-amzn-RequestId": ids.requestId,
    "x-amz-apigw-id": ids.extendedRequestId,
  };
  if (spec.errorType) headers["x-amzn-ErrorType"] = spec.errorType;
  if (cors && spec.errorType) Object.assign(headers, cors.gatewayResponse);
  return { status: spec.status, headers, body: spec.body, ...(spec.errorType ? { errorType: spec.errorType } : {}) };
}
