/**
 * Typed errors of the usage-plan store. Their messages are client-facing (4xx): the control plane
 * maps each to its AWS exception in one place.
 */
export abstract class UsageStoreError extends Error {
  abstract readonly kind: "NotFound" | "Conflict" | "BadRequest";
}

export class NotFoundError extends UsageStoreError {
  readonly kind = "NotFound";
}

export class ConflictError extends UsageStoreError {
  readonly kind = "Conflict";
}

export class BadRequestError extends UsageStoreError {
  readonly kind = "BadRequest";
}
