import { ApiContractError, ApiError } from "@linkgate/contract";

export interface ErrorDescription {
  title: string;
  detail: string;
  /** Worth a retry button: the same request may well work in a moment. */
  retryable: boolean;
}

/** Any failure of an API call, in words for the person using the console. */
export function describeError(error: unknown): ErrorDescription {
  if (error instanceof ApiError) {
    if (error.status === 429 && error.code === "quota_exceeded") {
      return {
        title: "Call quota used up",
        detail: "This key has used all the calls its plan allows for the current period. Retrying will not help until the period resets or an admin grants more.",
        retryable: false,
      };
    }
    if (error.status === 429) {
      const wait = error.retryAfter !== undefined ? ` Wait ${error.retryAfter} s, then retry.` : " Wait a moment, then retry.";
      return { title: "Too many requests", detail: `Requests are coming faster than the plan's rate limit allows.${wait}`, retryable: true };
    }
    if (error.status === 401) return { title: "Signed out", detail: "Your session has ended. Sign in again.", retryable: false };
    if (error.status === 403) return { title: "Not allowed", detail: error.message || "You do not have access to this.", retryable: false };
    if (error.status === 404) return { title: "Not found", detail: error.message || "It may have been deleted.", retryable: false };
    if (error.status >= 500) {
      const ref = error.requestId ? ` (request ${error.requestId})` : "";
      return { title: "Something went wrong on our side", detail: `Try again in a moment${ref}.`, retryable: true };
    }
    return { title: "Request refused", detail: error.message, retryable: false };
  }
  if (error instanceof ApiContractError) {
    return { title: "Unexpected answer", detail: "The API answered something this console does not understand. Reload the page; if it persists, report it.", retryable: true };
  }
  // fetch rejects with a TypeError when the network or CORS stops the request.
  return { title: "Cannot reach Linkgate", detail: "Check your connection, then retry.", retryable: true };
}

/** Validation issues (`body.target`) as messages per form field (`target`), plus those for no field. */
export function fieldErrors(
  error: unknown,
  options: { part?: string; conflictField?: string } = {},
): { fields: Record<string, string>; other: string[] } {
  const part = options.part ?? "body";
  const fields: Record<string, string> = {};
  const other: string[] = [];
  if (!(error instanceof ApiError)) return { fields, other };
  for (const issue of error.issues) {
    const [head, field] = issue.path.split(".");
    if (head === part && field && !fields[field]) fields[field] = issue.message;
    else other.push(issue.message);
  }
  // A conflict (an alias already taken) belongs to the field that caused it.
  if (error.issues.length === 0 && error.code === "conflict" && options.conflictField) fields[options.conflictField] = error.message;
  else if (error.issues.length === 0 && error.status < 500 && error.status !== 429 && error.status !== 401) other.push(error.message);
  return { fields, other };
}
