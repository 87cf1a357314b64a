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
});
