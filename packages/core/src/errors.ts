/**
 * Typed domain errors. The edge maps each `code` to an HTTP status in one place; the codes match
 * the contract's error codes. Messages of these errors are written for the API's clients (4xx).
 */
export type DomainErrorCode = "not_found" | "conflict" | "quota_exceeded" | "forbidden" | "validation_failed";

export abstract class DomainError extends Error {
  abstract readonly code: DomainErrorCode;
}

export class NotFound extends DomainError {
  readonly code = "not_found";
  override readonly name = "NotFound";
}

export class Conflict extends DomainError {
  readonly code = "conflict";
  override readonly name = "Conflict";
}

/** The owner already holds as many links as its limit allows. */
export class QuotaExceeded extends DomainError {
  readonly code = "quota_exceeded";
  override readonly name = "QuotaExceeded";
  constructor(readonly limit: number) {
    super(`Link limit reached: this account may hold at most ${limit} links. Delete some or ask for a higher limit.`);
  }
}

export class Forbidden extends DomainError {
  readonly code = "forbidden";
  override readonly name = "Forbidden";
}

export interface ValidationIssue {
  /** Field path, e.g. ["targetUrl"]; empty for the input as a whole. */
  path: (string | number)[];
  message: string;
}

export class Validation extends DomainError {
  readonly code = "validation_failed";
  override readonly name = "Validation";
  constructor(readonly issues: ValidationIssue[]) {
    super(issues.map((issue) => (issue.path.length ? `${issue.path.join(".")}: ${issue.message}` : issue.message)).join("; "));
  }

  /** One problem with one field. */
  static field(field: string, message: string): Validation {
    return new Validation([{ path: [field], message }]);
  }
}

export function isDomainError(error: unknown): error is DomainError {
  return error instanceof DomainError;
}
