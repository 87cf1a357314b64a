/**
 * The seam between the gateway's data plane and the usage-plan state (plans, keys, buckets, quotas)
 * that the control plane manages. `admit` is on the request hot path: synchronous, in memory.
 */
export type AdmitResult =
  | { admitted: true; apiKeyId: string; apiKeyValue: string; usagePlanId: string }
  | { admitted: false; reason: "Forbidden" | "TooManyRequests" | "LimitExceeded" };

export interface AdmitRequest {
  /** The key value from `x-api-key` or the authorizer's `usageIdentifierKey`; undefined if none. */
  apiKeyValue: string | undefined;
  restApiId: string;
  stage: string;
  /** Resource path and verb, for per-method throttles inside a plan (`/v1/links/{code}`, `GET`). */
  resourcePath: string;
  httpMethod: string;
  now?: number;
}

export interface UsageGate {
  admit(request: AdmitRequest): AdmitResult;
}
