/**
 * Errors only the edge raises (HTTP concerns, not domain decisions). Domain errors come from
 * core; both are turned into responses by `errorResponse`, in one place.
 */
export class Unauthorized extends Error {
  readonly code = "unauthorized";
  override readonly name = "Unauthorized";
}
