import { errorBody, errorStatusByCode, type ErrorIssue } from "@linkgate/contract";
import { isDomainError, Validation, type ValidationIssue } from "@linkgate/core";
import type { APIGatewayProxyResult } from "aws-lambda";
import { logger } from "../observability/logger";
import { isDependencyUnavailable, RETRY_AFTER_SECONDS } from "./dependency-unavailable";
import { Unauthorized } from "./edge-errors";
import { htmlResponse, jsonResponse } from "./http-response";
import { notFoundPage } from "./not-found-page";

/**
 * Core names fields as the domain does (`targetUrl`); clients know the request as the contract
 * spells it (`body.target`). Fields not listed are body fields of the same name.
 */
const wireFieldNames: Record<string, string> = {
  targetUrl: "body.target",
  idempotencyKey: "headers.Idempotency-Key",
  cursor: "query.cursor",
  limit: "query.limit",
  from: "query.from",
  to: "query.to",
  code: "path.code",
};

function wireIssue(issue: ValidationIssue): ErrorIssue {
  const [field, ...rest] = issue.path.map(String);
  if (field === undefined) return { path: "body", message: issue.message };
  return { path: [wireFieldNames[field] ?? `body.${field}`, ...rest].join("."), message: issue.message };
}

export interface ErrorResponseOptions {
  /** Answer a 404 with a small page instead of JSON (the redirect, for browsers). */
  html?: boolean;
}

/**
 * THE table from errors to responses: domain errors by their code (statuses from the contract's
 * `errorStatusByCode`: validation 400, not found 404, conflict 409, forbidden 403, and
 * quota_exceeded 403 — a link limit does not reset by waiting, unlike the gateway's 429),
 * the edge's own 401, a dependency that is down or overloaded 503 with Retry-After (the client may
 * retry), and anything else a generic 500 whose details go to the log only.
 */
export function errorResponse(error: unknown, options: ErrorResponseOptions = {}): APIGatewayProxyResult {
  if (error instanceof Validation) {
    const issues = error.issues.map(wireIssue);
    const first = issues[0];
    const message = first ? `Invalid request: ${first.path}: ${first.message}` : "Invalid request.";
    return jsonResponse(400, errorBody("validation_failed", message, issues));
  }
  if (isDomainError(error) || error instanceof Unauthorized) {
    const status = errorStatusByCode[error.code];
    logger.info("request refused", { code: error.code, status, reason: error.message });
    if (status === 404 && options.html) return htmlResponse(404, notFoundPage());
    return jsonResponse(status, errorBody(error.code, error.message));
  }
  if (isDependencyUnavailable(error)) {
    // Logged as a warning: nothing is wrong with the request or the code, and the client will retry.
    logger.warn("dependency unavailable", error instanceof Error ? error : new Error(String(error)));
    return jsonResponse(
      errorStatusByCode.unavailable,
      errorBody("unavailable", "The service is temporarily unavailable; retry in a few seconds."),
      { "Retry-After": String(RETRY_AFTER_SECONDS) },
    );
  }
  logger.error("unexpected error", error instanceof Error ? error : new Error(String(error)));
  return jsonResponse(500, errorBody("internal", "Internal server error"));
}
