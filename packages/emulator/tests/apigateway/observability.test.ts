import { describe, expect, it, vi } from "vitest";
import type { AccessLogLine } from "../../src/apigateway/access-log";
import { startGateway } from "../../src/apigateway/gateway-server";
import { FakeInvoker } from "./support/fake-invoker";
import { definition, ok, route, startFixture } from "./support/gateway-fixture";
import { MemoryUsageGate } from "./support/memory-usage-gate";
import { allowAll } from "./support/policies";

const KEY = { id: "key1", value: "partner-key-0123456789", quota: 2 };

describe("access log", () => {
  it("writes one JSON line per request with the request's facts", async () => {
    const routes = [route("GET", "/v1/links/{code}", "fn", { apiKeyRequired: true }), route("GET", "/me", "fn", { authorizer: "auth" })];
    const { call, logs } = await startFixture(routes, { fn: ok, authFn: () => allowAll("user-7") }, {
      authorizers: { auth: { type: "TOKEN", function: "authFn", identitySource: ["method.request.header.Authorization"] } },
    }, [KEY]);
    const response = await call("GET", "/v1/links/abc", { headers: { "x-api-key": KEY.value } });
    await call("GET", "/me", { headers: { Authorization: "t" } });
    await call("GET", "/nothing");
    await call("GET", "/v1/links/abc", { headers: { "x-api-key": KEY.value } });
    await call("GET", "/v1/links/abc", { headers: { "x-api-key": KEY.value } }); // the quota of 2 is spent

    expect(logs).toHaveLength(5);
    const [keyed, authorized, unknown, , refused] = logs.map((line) => JSON.parse(line) as AccessLogLine);
    expect(keyed).toEqual({
      requestId: response.headers.get("x-amzn-requestid"),
      ip: "127.0.0.1",
      requestTime: expect.stringMatching(/^\d{2}\/\w{3}\/\d{4}:\d{2}:\d{2}:\d{2} \+0000$/),
      httpMethod: "GET",
      resourcePath: "/v1/links/{code}",
      path: "/v1/links/abc",
      status: 200,
      protocol: "HTTP/1.1",
      responseLength: '{"ok":true}'.length,
      latency: expect.any(Number),
      integrationLatency: expect.any(Number),
      apiKeyId: "key1",
      principalId: null,
      errorType: null,
      responseType: null,
      stage: "test",
    });
    expect(authorized).toMatchObject({ principalId: "user-7", apiKeyId: null, status: 200 });
    expect(unknown).toMatchObject({ status: 403, resourcePath: "-", errorType: "MissingAuthenticationTokenException", responseType: "MISSING_AUTHENTICATION_TOKEN", integrationLatency: null });
    // What metric filters tell throttling and quota exhaustion apart by: both are 429s.
    expect(refused).toMatchObject({ status: 429, responseType: "QUOTA_EXCEEDED", stage: "test" });
  });
});

describe("a failing access-log listener", () => {
  it("does not affect the answer", async () => {
    const quiet = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const gateway = await startGateway({
      definition: definition([route("GET", "/x", "fn")], { fn: ok }),
      invoker: new FakeInvoker({ fn: ok }),
      usageGate: new MemoryUsageGate([]),
      onAccessLog: () => {
        throw new Error("listener broke");
      },
    });
    try {
      expect((await fetch(`${gateway.url}/x`)).status).toBe(200);
      expect((await fetch(`${gateway.url}/x`)).status).toBe(200);
      expect(quiet).toHaveBeenCalledTimes(2);
    } finally {
      quiet.mockRestore();
      await gateway.close();
    }
  });
});

describe("metrics", () => {
  it("counts per route: requests, 4xx, 5xx, throttled, quota exceeded, latency percentiles", async () => {
    const boom = () => {
      throw new Error("boom");
    };
    const routes = [route("GET", "/v1/links", "fn", { apiKeyRequired: true }), route("GET", "/fail", "boom"), route("GET", "/limited", "fn")];
    const { call, gateway } = await startFixture(routes, { fn: ok, boom }, { methodThrottling: { "/limited/GET": { rateLimit: 0.001, burstLimit: 1 } } }, [KEY]);
    for (let i = 0; i < 3; i += 1) await call("GET", "/v1/links", { headers: { "x-api-key": KEY.value } });
    await call("GET", "/v1/links");
    await call("GET", "/fail");
    await call("GET", "/limited");
    await call("GET", "/limited");
    await call("GET", "/nothing");

    const byRoute = Object.fromEntries(gateway.metrics().map((entry) => [entry.route, entry]));
    expect(byRoute["GET /v1/links"]).toMatchObject({ count: 4, status4xx: 2, status5xx: 0, throttled: 0, quotaExceeded: 1 });
    expect(byRoute["GET /fail"]).toMatchObject({ count: 1, status4xx: 0, status5xx: 1 });
    expect(byRoute["GET /limited"]).toMatchObject({ count: 2, status4xx: 1, throttled: 1 });
    expect(byRoute["(unmatched)"]).toMatchObject({ count: 1, status4xx: 1 });
    const links = byRoute["GET /v1/links"];
    expect(links?.p50Ms).toBeGreaterThan(0);
    expect(links?.p99Ms).toBeGreaterThanOrEqual(links?.p50Ms ?? 0);
  });
});
