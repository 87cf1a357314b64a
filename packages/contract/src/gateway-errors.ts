/**
 * What API Gateway itself answers a partner before any Linkgate code runs: the status, its
 * `x-amzn-ErrorType` and the body's `message` (AWS's gateway responses, shared/reference/
 * apigateway-rest-behaviour.md). The client reads them into error codes (client/read-error.ts) and
 * the developer docs explain them, from this one table. No zod here.
 */
export const partnerGatewayErrors = {
  /** The key is missing, unknown, disabled (revoked, or replaced by a rotation) or in no plan. */
  forbidden: { status: 403, errorType: "ForbiddenException", message: "Forbidden" },
  /** Over the plan's rate (requests per second) or burst: API Gateway's token bucket per key. */
  throttled: { status: 429, errorType: "TooManyRequestsException", message: "Too Many Requests" },
  /** The plan's call quota for the current period is used up. */
  quotaExceeded: { status: 429, errorType: "LimitExceededException", message: "Limit Exceeded" },
} as const;
export type PartnerGatewayError = keyof typeof partnerGatewayErrors;
