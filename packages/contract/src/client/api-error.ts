import type { ErrorCode, ErrorIssue } from "../error-codes";

/** A non-2xx answer, from the app (with `code`) or from the gateway (code derived from the status). */
export class ApiError extends Error {
  override readonly name = "ApiError";
  readonly status: number;
  readonly code: ErrorCode;
  readonly issues: ErrorIssue[];
  /** API Gateway's `x-amzn-ErrorType` (e.g. `TooManyRequestsException`) when the gateway answered. */
  readonly gatewayErrorType: string | undefined;
  /** Seconds to wait before retrying, from `Retry-After`, when the answer carried one. */
  readonly retryAfter: number | undefined;
  readonly requestId: string | undefined;

  constructor(init: {
    status: number;
    code: ErrorCode;
    message: string;
    issues?: ErrorIssue[];
    gatewayErrorType?: string;
    retryAfter?: number;
    requestId?: string;
  }) {
    super(init.message);
    this.status = init.status;
    this.code = init.code;
    this.issues = init.issues ?? [];
    this.gatewayErrorType = init.gatewayErrorType;
    this.retryAfter = init.retryAfter;
    this.requestId = init.requestId;
  }
}

/** A success status or body the contract does not declare: the server and this client disagree. */
export class ApiContractError extends Error {
  override readonly name = "ApiContractError";
  constructor(
    message: string,
    readonly status: number,
    readonly issues: ErrorIssue[] = [],
  ) {
    super(message);
  }
}
