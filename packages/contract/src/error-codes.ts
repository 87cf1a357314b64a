// No zod here: every function's edge answers errors with these, and a function that parses no input
// (GET /health) must not bundle zod for them. errors.ts holds the error body's schemas, checked
// against these types.

/**
 * Machine-readable error codes. Clients switch on `code`, people read `message`.
 * `throttled` is only ever produced by the gateway (the client derives it from a 429 with no code).
 */
export const errorCodes = [
  "validation_failed",
  "unauthorized",
  "forbidden",
  "not_found",
  "conflict",
  "quota_exceeded",
  "throttled",
  "internal",
  "unavailable",
] as const;
export type ErrorCode = (typeof errorCodes)[number];

/**
 * The HTTP status each code is answered with: the one table the edge uses to turn a domain error into
 * a response. `quota_exceeded` from the app (a link limit used up) is 403: retrying later will not
 * help. The gateway's own call-quota answer is 429 "Limit Exceeded", which the client also reports as
 * `quota_exceeded`.
 */
export const errorStatusByCode = {
  validation_failed: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  quota_exceeded: 403,
  throttled: 429,
  internal: 500,
  unavailable: 503,
} as const satisfies Record<ErrorCode, number>;

/** Every status an error response can carry, with what it means, for route declarations and OpenAPI. */
export const errorStatusDescriptions = {
  400: "The request is invalid (validation_failed); `issues` names each bad field.",
  401: "Missing or invalid credentials (unauthorized).",
  403: "Not allowed: wrong group, bad or revoked API key (forbidden), or an allowance used up (quota_exceeded).",
  404: "No such resource (not_found).",
  409: "Conflicts with the current state, e.g. an alias already taken (conflict).",
  429: "Throttled or call quota spent (gateway: throttled / quota_exceeded); see Retry-After when present.",
  500: "Unexpected server error (internal); details are logged, never returned.",
  503: "A service Linkgate depends on is briefly unavailable (unavailable); retry after the Retry-After seconds.",
} as const;
export type ErrorStatus = keyof typeof errorStatusDescriptions;
export const errorStatuses = Object.keys(errorStatusDescriptions).map(Number) as ErrorStatus[];

/** One problem with a request. */
export interface ErrorIssue {
  /** Where the problem is: `body.target`, `query.limit`, `path.code`, `headers.Idempotency-Key`. */
  path: string;
  message: string;
}

/**
 * The one error body. `message` is also what API Gateway's own errors carry (`{ "message": ... }`),
 * so a client can always read `.message`; gateway errors have no `code`.
 */
export interface ErrorBody {
  message: string;
  code: ErrorCode;
  issues?: ErrorIssue[] | undefined;
}

export function errorBody(code: ErrorCode, message: string, issues?: ErrorIssue[]): ErrorBody {
  return issues && issues.length > 0 ? { message, code, issues } : { message, code };
}
