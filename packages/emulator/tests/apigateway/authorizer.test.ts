import { describe, expect, it } from "vitest";
import type { AuthorizerDefinition } from "../../src/apigateway/definition";
import { ok, route, startFixture } from "./support/gateway-fixture";
import { allowAll, ARN_PREFIX, authorizerOutput, statement } from "./support/policies";

const token = (extra: Partial<AuthorizerDefinition> = {}) => ({
  authorizers: { auth: { type: "TOKEN" as const, function: "authFn", identitySource: ["method.request.header.Authorization"], ...extra } },
});
const request = (identitySource: string[], extra: Partial<AuthorizerDefinition> = {}) => ({
  authorizers: { auth: { type: "REQUEST" as const, function: "authFn", identitySource, ...extra } },
});
const bearer = (value: string) => ({ headers: { Authorization: value } });

/** A policy naming only the ARN of the method that triggered the authorizer — the classic bug. */
const onlyThisMethod = (event: unknown) => authorizerOutput("u", [statement("Allow", (event as { methodArn: string }).methodArn)]);

const meRoutes = [route("GET", "/me/links", "fn", { authorizer: "auth" }), route("POST", "/me/links", "fn", { authorizer: "auth" })];

describe("Lambda authorizer", () => {
  it("caches one result per token and reuses it for every method behind the authorizer", async () => {
    const { call, invoker } = await startFixture(meRoutes, { fn: ok, authFn: () => allowAll() }, token());
    expect((await call("GET", "/me/links", bearer("t1"))).status).toBe(200);
    expect((await call("POST", "/me/links", bearer("t1"))).status).toBe(200);
    expect((await call("GET", "/me/links", bearer("t1"))).status).toBe(200);
    expect(invoker.count("authFn")).toBe(1);
    expect((await call("GET", "/me/links", bearer("t2"))).status).toBe(200);
    expect(invoker.count("authFn")).toBe(2);
  });

  it("gives the false 403 on another method when the cached policy names only the first method", async () => {
    const { call, invoker } = await startFixture(meRoutes, { fn: ok, authFn: onlyThisMethod }, token());
    expect((await call("GET", "/me/links", bearer("t1"))).status).toBe(200);
    const other = await call("POST", "/me/links", bearer("t1"));
    expect(other.status).toBe(403);
    expect(await other.json()).toEqual({ Message: "User is not authorized to access this resource" });
    expect(invoker.count("authFn")).toBe(1);
  });

  it("invokes every time when the TTL is 0, so the same policy then works per method", async () => {
    const { call, invoker } = await startFixture(meRoutes, { fn: ok, authFn: onlyThisMethod }, token({ resultTtlSeconds: 0 }));
    expect((await call("GET", "/me/links", bearer("t1"))).status).toBe(200);
    expect((await call("POST", "/me/links", bearer("t1"))).status).toBe(200);
    expect(invoker.count("authFn")).toBe(2);
  });

  it("caches Deny results too", async () => {
    const deny = () => authorizerOutput("u", [statement("Deny", `${ARN_PREFIX}/*`)]);
    const { call, invoker } = await startFixture(meRoutes, { fn: ok, authFn: deny }, token());
    expect((await call("GET", "/me/links", bearer("t1"))).status).toBe(403);
    expect((await call("POST", "/me/links", bearer("t1"))).status).toBe(403);
    expect(invoker.count("authFn")).toBe(1);
  });

  it("lets an explicit Deny win over an Allow, with wildcards", async () => {
    const mixed = () => authorizerOutput("u", [statement("Allow", `${ARN_PREFIX}/*`), statement("Deny", `${ARN_PREFIX}/*/admin/*`)]);
    const routes = [route("GET", "/me/links", "fn", { authorizer: "auth" }), route("GET", "/admin/users", "fn", { authorizer: "auth" })];
    const { call } = await startFixture(routes, { fn: ok, authFn: mixed }, token());
    expect((await call("GET", "/me/links", bearer("t1"))).status).toBe(200);
    const admin = await call("GET", "/admin/users", bearer("t1"));
    expect(admin.status).toBe(403);
    expect(await admin.json()).toEqual({ Message: "User is not authorized to access this resource with an explicit deny" });
  });

  it("evaluates ? wildcards and the root path's methodArn", async () => {
    const rootOnly = () => authorizerOutput("u", [statement("Allow", `${ARN_PREFIX}/GE?/`)]);
    const { call, invoker } = await startFixture([route("GET", "/", "fn", { authorizer: "auth" })], { fn: ok, authFn: rootOnly }, token());
    expect((await call("GET", "/", bearer("t1"))).status).toBe(200);
    expect(invoker.lastEvent("authFn")).toEqual({ type: "TOKEN", authorizationToken: "t1", methodArn: `${ARN_PREFIX}/GET/` });
  });

  it("empties the cache on flushAuthorizerCache", async () => {
    const { call, invoker, gateway } = await startFixture(meRoutes, { fn: ok, authFn: () => allowAll() }, token());
    await call("GET", "/me/links", bearer("t1"));
    gateway.flushAuthorizerCache();
    await call("GET", "/me/links", bearer("t1"));
    expect(invoker.count("authFn")).toBe(2);
  });

  it("answers 401 without invoking when the token fails the validation expression", async () => {
    const { call, invoker } = await startFixture(meRoutes, { fn: ok, authFn: () => allowAll() }, token({ identityValidationExpression: "Bearer [A-Za-z0-9.]+" }));
    expect((await call("GET", "/me/links", bearer("Basic abc"))).status).toBe(401);
    expect((await call("GET", "/me/links", bearer(""))).status).toBe(401);
    expect(invoker.count("authFn")).toBe(0);
    expect((await call("GET", "/me/links", bearer("Bearer abc.def"))).status).toBe(200);
  });

  it("builds the REQUEST input and caches by all identity sources", async () => {
    const sources = ["method.request.header.X-Tenant", "method.request.querystring.token"];
    const { call, invoker } = await startFixture(meRoutes, { fn: ok, authFn: () => allowAll() }, request(sources));
    expect((await call("GET", "/me/links?token=a", { headers: { "X-Tenant": "t" } })).status).toBe(200);
    expect((await call("POST", "/me/links?token=a", { headers: { "X-Tenant": "t" } })).status).toBe(200);
    expect((await call("GET", "/me/links?token=b", { headers: { "X-Tenant": "t" } })).status).toBe(200);
    expect(invoker.count("authFn")).toBe(2);
    const input = invoker.lastEvent("authFn") as Record<string, unknown>;
    expect(input).toMatchObject({ type: "REQUEST", methodArn: `${ARN_PREFIX}/GET/me/links`, resource: "/me/links", path: "/me/links", httpMethod: "GET" });
    expect(input).toMatchObject({ queryStringParameters: { token: "b" }, pathParameters: null, requestContext: { stage: "test" } });
    expect(input).not.toHaveProperty("body");
  });

  it("answers 401 without invoking when a REQUEST identity source is missing (caching on), and invokes when caching is off", async () => {
    const cached = await startFixture(meRoutes, { fn: ok, authFn: () => allowAll() }, request(["method.request.header.X-Tenant"]));
    expect((await cached.call("GET", "/me/links")).status).toBe(401);
    expect(cached.invoker.count("authFn")).toBe(0);
    const uncached = await startFixture(meRoutes, { fn: ok, authFn: () => allowAll() }, request(["method.request.header.X-Tenant"], { resultTtlSeconds: 0 }));
    expect((await uncached.call("GET", "/me/links")).status).toBe(200);
    expect(uncached.invoker.count("authFn")).toBe(1);
  });

  it("takes the API key from usageIdentifierKey when the key source is AUTHORIZER", async () => {
    const key = { id: "key9", value: "usage-key-0123456789" };
    const authFn = (event: unknown) =>
      allowAll("partner", { usageIdentifierKey: (event as { authorizationToken: string }).authorizationToken === "good" ? key.value : "unknown-key-000000000" });
    const routes = [route("GET", "/v1/links", "fn", { authorizer: "auth", apiKeyRequired: true })];
    const { call, usageGate } = await startFixture(routes, { fn: ok, authFn }, { ...token(), apiKeySource: "AUTHORIZER" }, [key]);
    expect((await call("GET", "/v1/links", { headers: { Authorization: "good", "x-api-key": "ignored" } })).status).toBe(200);
    expect(usageGate.requests.at(-1)?.apiKeyValue).toBe(key.value);
    expect((await call("GET", "/v1/links", bearer("bad"))).status).toBe(403);
  });

  it("runs the authorizer before the API key check", async () => {
    const routes = [route("GET", "/v1/links", "fn", { authorizer: "auth", apiKeyRequired: true })];
    const { call, usageGate } = await startFixture(routes, { fn: ok, authFn: () => allowAll() }, token(), []);
    expect((await call("GET", "/v1/links")).status).toBe(401);
    expect(usageGate.requests).toHaveLength(0);
    expect((await call("GET", "/v1/links", bearer("t"))).status).toBe(403);
    expect(usageGate.requests).toHaveLength(1);
  });

  it("shares one invocation among concurrent first requests with the same token", async () => {
    const { call, invoker } = await startFixture(meRoutes, { fn: ok, authFn: () => allowAll() }, token());
    const statuses = await Promise.all(Array.from({ length: 10 }, () => call("GET", "/me/links", bearer("same")).then((response) => response.status)));
    expect(statuses).toEqual(Array(10).fill(200));
    expect(invoker.count("authFn")).toBe(1);
  });
});

describe("authorizer definitions", () => {
  it.each([
    ["a TTL over 3600", token({ resultTtlSeconds: 3601 }), /0-3600/],
    ["a cached REQUEST authorizer without identity sources", request([]), /at least one identity source/],
    ["a TOKEN authorizer reading a query string", token({ identitySource: ["method.request.querystring.t"] }), /exactly one header/],
    ["an unknown identity source", request(["method.request.body.x"]), /Unsupported identity source/],
  ])("are refused at start: %s", async (_, extra, message) => {
    await expect(startFixture(meRoutes, { fn: ok, authFn: () => allowAll() }, extra)).rejects.toThrow(message);
  });
});
