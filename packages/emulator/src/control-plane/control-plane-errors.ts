import { UsageStoreError } from "../usage/usage-errors";

/** A management-API error in AWS's shape: status, `x-amzn-ErrorType`, `{ "message": ... }`. */
export class ControlPlaneError extends Error {
  constructor(
    readonly status: 400 | 404 | 409,
    readonly errorType: "BadRequestException" | "NotFoundException" | "ConflictException",
    message: string,
  ) {
    super(message);
  }
}

export const badRequest = (message: string) => new ControlPlaneError(400, "BadRequestException", message);
export const notFound = (message: string) => new ControlPlaneError(404, "NotFoundException", message);

export interface ErrorResponse {
  status: number;
  errorType: string;
  body: { message: string };
}

/**
 * The one mapping from thrown errors to responses. Client errors explain themselves; anything else
 * is a bug, logged here and answered with a generic 500 that leaks nothing.
 */
export function toErrorResponse(error: unknown): ErrorResponse {
  if (error instanceof ControlPlaneError) return { status: error.status, errorType: error.errorType, body: { message: error.message } };
  if (error instanceof UsageStoreError) {
    const mapped = {
      NotFound: notFound(error.message),
      Conflict: new ControlPlaneError(409, "ConflictException", error.message),
      BadRequest: badRequest(error.message),
    }[error.kind];
    return toErrorResponse(mapped);
  }
  console.error(JSON.stringify({ level: "ERROR", message: "control plane request failed", error: String((error as Error)?.stack ?? error) }));
  return { status: 500, errorType: "InternalFailure", body: { message: "Internal server error" } };
}
