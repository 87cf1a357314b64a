/**
 * One JSON access-log line per request, in the spirit of the `$context` variables API Gateway
 * access logs use (SST's stage format plus the usage-plan fields). Built only when someone listens.
 */
export interface AccessLogLine {
  requestId: string;
  ip: string;
  requestTime: string;
  httpMethod: string;
  /** Resource path template; "-" when no route matched (as `$context.resourcePath` would be empty). */
  resourcePath: string;
  path: string;
  status: number;
  protocol: string;
  responseLength: number;
  /** Whole request, ms. */
  latency: number;
  /** Integration (Lambda) time, ms; null when the integration was not called. */
  integrationLatency: number | null;
  apiKeyId: string | null;
  principalId: string | null;
  /** `x-amzn-ErrorType` of a gateway response; null for integration responses. */
  errorType: string | null;
  /** `$context.error.responseType`: the gateway response that answered (THROTTLED, QUOTA_EXCEEDED, …); null for integration responses. */
  responseType: string | null;
  /** `$context.stage`. */
  stage: string;
}

/** Receives each line already serialised (`JSON.stringify(AccessLogLine)`), ready to print. */
export type AccessLogListener = (line: string) => void;
