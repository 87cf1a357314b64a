import { afterAll, beforeAll, beforeEach, describe, expect, expectTypeOf, it } from "vitest";
import { ApiContractError, ApiError, createApiClient, type Link } from "../src/index";
import { startTestServer } from "./http-test-server";

let server: Awaited<ReturnType<typeof startTestServer>>;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());
beforeEach(() => {
  server.requests.length = 0;
});

function aLink(overrides: Partial<Link> = {}): Link {
  return {
    code: "abc1234",
    shortUrl: "http://127.0.0.1/abc1234",
    target: "https://example.com/",
    createdAt: "2026-11-24T10:00:00.000Z",
    updatedAt: "2026-11-24T10:00:00.000Z",
    expiresAt: null,
    totalClicks: 0,
    ...overrides,
  };
}

const clientFor = (extra: Partial<Parameters<typeof createApiClient>[0]> = {}) =>
  createApiClient({ baseUrl: `${server.baseUrl}/`, accessToken: async () => "token-1", apiKey: "partner-key-000000000001", ...extra });

describe("createApiClient", () => {
  it("creates a link: bearer token, Idempotency-Key, JSON body, parsed 201", async () => {
    server.answerWith({ status: 201, body: aLink({ code: "launch" }) });
    const link = await clientFor().call("createMyLink", {
      body: { target: "https://example.com/", alias: "launch" },
      headers: { idempotencyKey: "key-1" },
    });
    expectTypeOf(link).toEqualTypeOf<Link>();
    expect(link.code).toBe("launch");
    const [request] = server.requests;
    expect(request).toMatchObject({ method: "POST", url: "/me/links" });
    expect(request?.headers).toMatchObject({ authorization: "Bearer token-1", "idempotency-key": "key-1", "content-type": "application/json" });
    expect(request?.headers["x-api-key"]).toBeUndefined();
    expect(JSON.parse(request?.body ?? "")).toEqual({ target: "https://example.com/", alias: "launch" });
  });

  it("sends the API key on partner routes, encodes path params and builds the query", async () => {
    server.answerWith({ status: 200, body: { code: "a b/c", totalClicks: 3, from: "2026-11-01", to: "2026-11-02", days: [] } });
    const stats = await clientFor().call("getLinkStats", { path: { code: "a b/c" }, query: { from: "2026-11-01", to: "2026-11-02" } });
    expect(stats.totalClicks).toBe(3);
    expect(server.requests[0]?.url).toBe("/v1/links/a%20b%2Fc/stats?from=2026-11-01&to=2026-11-02");
    expect(server.requests[0]?.headers).toMatchObject({ "x-api-key": "partner-key-000000000001" });
    expect(server.requests[0]?.headers.authorization).toBeUndefined();
  });

  it("leaves out undefined query values and sends no credentials to public routes", async () => {
    server.answerWith({ status: 200, body: { items: [aLink()], nextCursor: null } });
    const page = await clientFor().call("listMyLinks", { query: { limit: 10, search: undefined, sort: "createdAt" } });
    expect(page.items).toHaveLength(1);
    expect(server.requests[0]?.url).toBe("/me/links?limit=10&sort=createdAt");

    server.answerWith({ status: 200, body: { status: "ok", time: "2026-11-24T10:00:00Z" } });
    await clientFor().call("getHealth");
    expect(server.requests[1]?.headers.authorization).toBeUndefined();
    expect(server.requests[1]?.headers["x-api-key"]).toBeUndefined();
  });

  it("returns a redirect's status and location without following it", async () => {
    server.answerWith((request) =>
      request.url === "/abc1234" ? { status: 302, headers: { location: `${server.baseUrl}/followed` } } : { status: 200, body: "followed" },
    );
    const result = await clientFor().call("redirect", { path: { code: "abc1234" } });
    expect(result).toEqual({ status: 302, location: `${server.baseUrl}/followed` });
    expect(server.requests.map((request) => request.url)).toEqual(["/abc1234"]);
  });

  it("returns { status: 204 } for a delete", async () => {
    server.answerWith({ status: 204 });
    await expect(clientFor().call("deleteMyLink", { path: { code: "abc1234" } })).resolves.toEqual({ status: 204 });
  });

  it("throws ApiError with the app's code and issues", async () => {
    const issues = [{ path: "body.target", message: "Only http and https targets are allowed, not 'ftp'." }];
    server.answerWith({ status: 400, body: { message: "Invalid request", code: "validation_failed", issues } });
    const error = await clientFor().call("createLink", { body: { target: "ftp://x" } }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 400, code: "validation_failed", message: "Invalid request", issues, gatewayErrorType: undefined });
  });

  it("reads the gateway's throttling answer: type, derived code, Retry-After", async () => {
    server.answerWith({
      status: 429,
      headers: { "x-amzn-ErrorType": "TooManyRequestsException", "retry-after": "3", "x-amzn-RequestId": "req-1" },
      body: { message: "Too Many Requests" },
    });
    const error = await clientFor().call("getUsage").catch((caught: unknown) => caught);
    expect(error).toMatchObject({ status: 429, code: "throttled", gatewayErrorType: "TooManyRequestsException", retryAfter: 3, requestId: "req-1" });

    server.answerWith({ status: 429, headers: { "x-amzn-ErrorType": "LimitExceededException" }, body: { message: "Limit Exceeded" } });
    await expect(clientFor().call("getUsage")).rejects.toMatchObject({ code: "quota_exceeded", message: "Limit Exceeded" });
  });

  it("reads a policy deny's capital-M Message and an authorizer failure's null message", async () => {
    server.answerWith({ status: 403, headers: { "x-amzn-ErrorType": "AccessDeniedException" }, body: { Message: "User is not authorized to access this resource" } });
    await expect(clientFor().call("listPlans")).rejects.toMatchObject({ code: "forbidden", message: "User is not authorized to access this resource" });
    server.answerWith({ status: 500, headers: { "x-amzn-ErrorType": "AuthorizerConfigurationException" }, body: { message: null } });
    await expect(clientFor().call("getMe")).rejects.toMatchObject({ status: 500, code: "internal", message: "HTTP 500 Internal Server Error" });
  });

  it("throws ApiContractError for a body or status the contract does not allow", async () => {
    server.answerWith({ status: 200, body: { code: "abc1234" } });
    const error = await clientFor().call("getMyLink", { path: { code: "abc1234" } }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ApiContractError);
    expect((error as ApiContractError).issues.map((issue) => issue.path)).toContain("response.target");

    server.answerWith({ status: 200, body: aLink() });
    await expect(clientFor().call("createMyLink", { body: { target: "https://example.com/" } })).rejects.toThrow(
      "createMyLink answered 200, which the contract does not declare.",
    );
  });

  it("refuses a call with a missing path parameter, before sending anything", async () => {
    await expect(clientFor().call("getMyLink", { path: { code: "" } })).rejects.toThrow("Missing path parameter 'code'");
    expect(server.requests).toHaveLength(0);
  });

  it("uses the fetch it is given and skips the token when there is none", async () => {
    const seen: string[] = [];
    const countingFetch: typeof fetch = (input, init) => {
      seen.push(String(input));
      return fetch(input, init);
    };
    server.answerWith({ status: 200, body: { sub: "s", username: "u", email: null, groups: [], linkCount: 0, linkLimit: 500 } });
    const me = await clientFor({ fetch: countingFetch, accessToken: () => undefined }).call("getMe");
    expect(me.linkLimit).toBe(500);
    expect(seen).toEqual([`${server.baseUrl}/me`]);
    expect(server.requests[0]?.headers.authorization).toBeUndefined();
  });
});
