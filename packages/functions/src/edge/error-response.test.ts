import { Conflict, QuotaExceeded, Validation } from "@linkgate/core";
import { describe, expect, it } from "vitest";
import { Unauthorized } from "./edge-errors";
import { errorResponse } from "./error-response";

const read = (error: unknown, html = false) => {
  const response = errorResponse(error, { html });
  return { status: response.statusCode, headers: response.headers, body: response.body.startsWith("{") ? (JSON.parse(response.body) as Record<string, unknown>) : response.body };
};

describe("errorResponse: the one table", () => {
  it("names domain fields as the request spells them", () => {
    const answer = read(new Validation([{ path: ["targetUrl"], message: "bad" }, { path: ["alias"], message: "taken" }, { path: [], message: "empty" }]));
    expect(answer.status).toBe(400);
    expect(answer.body).toMatchObject({ code: "validation_failed", issues: [{ path: "body.target" }, { path: "body.alias" }, { path: "body" }] });
  });

  it.each([
    [new Conflict("taken"), 409, "conflict"],
    [new QuotaExceeded(5), 403, "quota_exceeded"],
    [new Unauthorized("who?"), 401, "unauthorized"],
  ])("maps %s", (error, status, code) => {
    expect(read(error)).toMatchObject({ status, body: { code, message: error.message } });
  });

  it("answers anything else with a generic 500, CORS included", () => {
    const answer = read(new TypeError("Cannot read properties of undefined (reading 'secret')"));
    expect(answer).toEqual({
      status: 500,
      headers: { "Content-Type": "application/json", "Access-Control-Allow-Origin": "*" },
      body: { message: "Internal server error", code: "internal" },
    });
  });

  it.each([
    ["a refused connection", Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:3102"), { code: "ECONNREFUSED" })],
    ["a reset connection, wrapped", new Error("update failed", { cause: Object.assign(new Error("socket hang up"), { code: "ECONNRESET" }) })],
    ["DynamoDB throttling", Object.assign(new Error("Rate exceeded"), { name: "ProvisionedThroughputExceededException", $metadata: { httpStatusCode: 400 } })],
    ["a 5xx from the service", Object.assign(new Error("We encountered an internal error"), { name: "InternalServerError", $metadata: { httpStatusCode: 500 } })],
  ])("answers %s with a retryable 503, Retry-After included", (_what, error) => {
    const answer = read(error);
    expect(answer.status).toBe(503);
    expect(answer.headers?.["Retry-After"]).toMatch(/^[1-9]\d*$/);
    expect(answer.body).toEqual({ code: "unavailable", message: "The service is temporarily unavailable; retry in a few seconds." });
  });

  it("keeps a client error of the service (a 4xx that retrying will not mend) a generic 500", () => {
    const answer = read(Object.assign(new Error("Requested resource not found"), { name: "ResourceNotFoundException", $metadata: { httpStatusCode: 400 } }));
    expect(answer.status).toBe(500);
  });
});
