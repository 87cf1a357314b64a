import { describe, expect, it } from "vitest";
import { parseRouteRequest, type RawRequest } from "./parse-route-request";

/** The request parts of an API Gateway proxy event, absent parts null as the gateway sends them. */
function proxyRequest(overrides: Partial<RawRequest> & { json?: unknown } = {}): RawRequest {
  const { json, ...rest } = overrides;
  return {
    pathParameters: null,
    queryStringParameters: null,
    headers: { "Content-Type": "application/json" },
    body: json === undefined ? null : JSON.stringify(json),
    isBase64Encoded: false,
    ...rest,
  };
}

describe("parseRouteRequest", () => {
  it("parses a create with its Idempotency-Key, whatever the header's case", () => {
    const result = parseRouteRequest(
      "createMyLink",
      proxyRequest({ json: { target: "https://example.com", alias: "launch" }, headers: { "idempotency-KEY": "k-1" } }),
    );
    expect(result).toEqual({
      success: true,
      input: { path: {}, query: {}, headers: { idempotencyKey: "k-1" }, body: { target: "https://example.com", alias: "launch" } },
    });
  });

  it("names an unknown body field, and lists every problem with where it is", () => {
    const result = parseRouteRequest(
      "createLink",
      proxyRequest({ json: { target: "javascript:alert(1)", expiresat: "2030-01-01T00:00:00Z" }, headers: { "Idempotency-Key": "" } }),
    );
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.error.code).toBe("validation_failed");
    expect(result.error.issues).toEqual([
      { path: "headers.Idempotency-Key", message: "Idempotency-Key must not be empty." },
      { path: "body.target", message: "Only http and https targets are allowed, not 'javascript'." },
      { path: "body", message: "Unknown field(s): expiresat." },
    ]);
    expect(result.error.message).toMatch(/^Invalid request: .+ \(and 2 more problems\)$/);
  });

  it("coerces query strings, applies defaults and ignores unknown query parameters", () => {
    const result = parseRouteRequest("listMyLinks", proxyRequest({ queryStringParameters: { limit: "10", utm_source: "mail" } }));
    expect(result).toMatchObject({ success: true, input: { query: { limit: 10, sort: "-createdAt" } } });
    const defaults = parseRouteRequest("listLinks", proxyRequest());
    expect(defaults).toMatchObject({ success: true, input: { query: { limit: 25 } } });
  });

  it("explains a bad limit and a bad sort", () => {
    const result = parseRouteRequest("listMyLinks", proxyRequest({ queryStringParameters: { limit: "500", sort: "clicks" } }));
    expect(result.success || result.error.issues).toEqual([
      { path: "query.limit", message: "limit must be a whole number from 1 to 100." },
      { path: "query.sort", message: "sort is one of: -createdAt, createdAt." },
    ]);
  });

  it("requires a body where the route takes one, and says when it is not JSON", () => {
    const missing = parseRouteRequest("createMyLink", proxyRequest());
    expect(missing.success || missing.error.issues).toEqual([{ path: "body", message: "A JSON body is required." }]);
    const broken = parseRouteRequest("createMyLink", proxyRequest({ body: "{target:" }));
    expect(broken.success || broken.error.issues).toEqual([{ path: "body", message: "The request body is not valid JSON." }]);
  });

  it("decodes a base64 body", () => {
    const body = btoa(JSON.stringify({ enabled: false }));
    const result = parseRouteRequest("updateUser", proxyRequest({ body, isBase64Encoded: true, pathParameters: { username: "ann" } }));
    expect(result).toMatchObject({ success: true, input: { path: { username: "ann" }, body: { enabled: false } } });
  });

  it("rejects an empty update and a past-format expiry, and allows clearing the expiry", () => {
    const empty = parseRouteRequest("updateMyLink", proxyRequest({ json: {}, pathParameters: { code: "abc1234" } }));
    expect(empty.success || empty.error.issues).toEqual([{ path: "body", message: "Give target and/or expiresAt." }]);
    const clear = parseRouteRequest("updateMyLink", proxyRequest({ json: { expiresAt: null }, pathParameters: { code: "abc1234" } }));
    expect(clear).toMatchObject({ success: true, input: { body: { expiresAt: null } } });
    const badDate = parseRouteRequest("updateLink", proxyRequest({ json: { expiresAt: "tomorrow" }, pathParameters: { code: "x" } }));
    expect(badDate.success || badDate.error.issues?.[0]?.path).toBe("body.expiresAt");
  });

  it("validates admin bodies strictly, nested objects included", () => {
    const result = parseRouteRequest(
      "createPlan",
      proxyRequest({ json: { id: "gold", name: "Gold", throttle: { rate: 1, burst: 2, extra: 1 }, quota: { limit: 10, period: "YEAR" }, linkLimit: 5 } }),
    );
    const paths = result.success ? [] : result.error.issues?.map((issue) => issue.path);
    expect(paths).toEqual(["body.throttle", "body.quota.period"]);
    const ok = parseRouteRequest(
      "createPlan",
      proxyRequest({ json: { id: "gold", name: "Gold", throttle: { rate: 1, burst: 2 }, quota: { limit: 10, period: "DAY" }, linkLimit: 5 } }),
    );
    expect(ok).toMatchObject({ success: true, input: { body: { description: "" } } });
  });
});
