/**
 * Whether an error means a dependency (DynamoDB, Cognito, API Gateway's management API) is down or
 * overloaded for now, so the same request may well succeed a little later: the SDK's own notion of
 * a transient failure, after its retries. Such failures answer 503 with Retry-After, not a 500.
 */
const NETWORK_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EPIPE", "EHOSTUNREACH", "ENETUNREACH", "EAI_AGAIN", "ENOTFOUND", "ECONNABORTED", "UND_ERR_SOCKET"]);
const TRANSIENT_NAMES = new Set([
  "TimeoutError",
  "RequestTimeout",
  "RequestTimeoutException",
  "ThrottlingException",
  "Throttling",
  "TooManyRequestsException",
  "ProvisionedThroughputExceededException",
  "RequestLimitExceeded",
  "LimitExceededException",
  "InternalServerError",
  "InternalErrorException",
  "ServiceUnavailable",
  "ServiceUnavailableException",
]);

interface SdkErrorShape {
  name?: string;
  code?: string;
  $metadata?: { httpStatusCode?: number };
  $retryable?: unknown;
  cause?: unknown;
}

export function isDependencyUnavailable(error: unknown, depth = 0): boolean {
  if (typeof error !== "object" || error === null || depth > 4) return false;
  const shape = error as SdkErrorShape;
  if (shape.code && NETWORK_CODES.has(shape.code)) return true;
  if (shape.name && TRANSIENT_NAMES.has(shape.name)) return true;
  const status = shape.$metadata?.httpStatusCode;
  if (status !== undefined && (status === 429 || status >= 500)) return true;
  return isDependencyUnavailable(shape.cause, depth + 1);
}

/** Seconds a client should wait before retrying: a supervised local restart or a throttle burst. */
export const RETRY_AFTER_SECONDS = 2;
