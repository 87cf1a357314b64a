import { Agent, request as httpRequest } from "node:http";
import { describe, expect, it } from "vitest";
import { sleep } from "./support/fake-invoker";
import { ok, route, startFixture } from "./support/gateway-fixture";
import { allowAll, ARN_PREFIX, authorizerOutput, statement } from "./support/policies";

const KEY = { id: "key1", value: "k".repeat(20) };

/** Status, exact body and the three gateway headers of a gateway-generated response. */
async function expectGatewayResponse(response: Response, status: number, body: string, errorType: string | null) {
  expect(response.status).toBe(status);
  expect(await response.text()).toBe(body);
  expect(response.headers.get("x-amzn-errortype")).toBe(errorType);
  expect(response.headers.get("x-amzn-requestid")).toMatch(/^[0-9a-f-]{36}$/);
  expect(response.headers.get("x-amz-apigw-id")).toMatch(/^[A-Za-z0-9+/]{15}=$/);
}

const tokenAuthorizer = (fn: string, extra: Record<string, unknown> = {}) => ({
  authorizers: { auth: { type: "TOKEN" as const, function: fn, identitySource: ["method.request.header.Authorization"], ...extra } },
});

describe("gateway responses", () => {
  it("403 Missing Authentication Token for an unknown resource and an unknown method", async () => {
    const { call } = await startFixture([route("GET", "/health", "fn")], { fn: ok });
    await expectGatewayResponse(await call("GET", "/nothing"), 403, '{"message":"Missing Authentication Token"}', "MissingAuthenticationTokenException");
    await expectGatewayResponse(await call("POST", "/health"), 403, '{"message":"Missing Authentication Token"}', "MissingAuthenticationTokenException");
  });

  it("401 Unauthorized when the identity source is missing, without invoking the authorizer", async () => {
    const { call, invoker } = await startFixture([route("GET", "/me", "fn", { authorizer: "auth" })], { fn: ok, authFn: () => allowAll() }, tokenAuthorizer("authFn"));
    await expectGatewayResponse(await call("GET", "/me"), 401, '{"message":"Unauthorized"}', "UnauthorizedException");
    expect(invoker.count("authFn")).toBe(0);
  });

  it("401 Unauthorized when the authorizer throws exactly `Unauthorized`", async () => {
    const deny = () => {
      throw new Error("Unauthorized");
    };
    const { call } = await startFixture([route("GET", "/me", "fn", { authorizer: "auth" })], { fn: ok, authFn: deny }, tokenAuthorizer("authFn"));
    await expectGatewayResponse(await call("GET", "/me", { headers: { Authorization: "t" } }), 401, '{"message":"Unauthorized"}', "UnauthorizedException");
  });

  it("403 explicit deny, capital M", async () => {
    const output = () => authorizerOutput("u", [statement("Deny", `${ARN_PREFIX}/*`)]);
    const { call } = await startFixture([route("GET", "/me", "fn", { authorizer: "auth" })], { fn: ok, authFn: output }, tokenAuthorizer("authFn"));
    await expectGatewayResponse(
      await call("GET", "/me", { headers: { Authorization: "t" } }),
      403,
      '{"Message":"User is not authorized to access this resource with an explicit deny"}',
      "AccessDeniedException",
    );
  });

  it("403 when no Allow matches the methodArn", async () => {
    const output = () => authorizerOutput("u", [statement("Allow", `${ARN_PREFIX}/GET/other`)]);
    const { call } = await startFixture([route("GET", "/me", "fn", { authorizer: "auth" })], { fn: ok, authFn: output }, tokenAuthorizer("authFn"));
    await expectGatewayResponse(await call("GET", "/me", { headers: { Authorization: "t" } }), 403, '{"Message":"User is not authorized to access this resource"}', "AccessDeniedException");
  });

  it("429 Too Many Requests from the account throttle the definition sets, shared by every method", async () => {
    const { call } = await startFixture([route("GET", "/a", "fn"), route("GET", "/b", "fn")], { fn: ok }, { accountThrottle: { rateLimit: 0.001, burstLimit: 2 } });
    expect([(await call("GET", "/a")).status, (await call("GET", "/b")).status]).toEqual([200, 200]);
    await expectGatewayResponse(await call("GET", "/a"), 429, '{"message":"Too Many Requests"}', "TooManyRequestsException");
  });

  it.each([
    ["throws another error", () => { throw new Error("boom"); }],
    ["returns no policy", () => ({ principalId: "u" })],
    ["returns an object in context", () => allowAll("u", { context: { nested: { a: 1 } } })],
    ["returns an array in context", () => allowAll("u", { context: { list: [1] } })],
  ])("500 AuthorizerConfigurationException when the authorizer %s", async (_, authFn) => {
    const { call, invoker } = await startFixture([route("GET", "/me", "fn", { authorizer: "auth" })], { fn: ok, authFn }, tokenAuthorizer("authFn"));
    await expectGatewayResponse(await call("GET", "/me", { headers: { Authorization: "t" } }), 500, '{"message":null}', "AuthorizerConfigurationException");
    expect(invoker.count("fn")).toBe(0);
  });

  it("403 Forbidden for a missing, unknown or disabled API key", async () => {
    const keys = [KEY, { id: "key2", value: "d".repeat(20), enabled: false }];
    const { call } = await startFixture([route("GET", "/v1/links", "fn", { apiKeyRequired: true })], { fn: ok }, {}, keys);
    const attempts: Record<string, string>[] = [{}, { "x-api-key": "x".repeat(20) }, { "x-api-key": "d".repeat(20) }];
    for (const headers of attempts) {
      await expectGatewayResponse(await call("GET", "/v1/links", { headers }), 403, '{"message":"Forbidden"}', "ForbiddenException");
    }
    expect((await call("GET", "/v1/links", { headers: { "x-api-key": KEY.value } })).status).toBe(200);
  });

  it("429 Too Many Requests when the usage plan throttles the key", async () => {
    const keys = [{ ...KEY, throttle: { rateLimit: 0.001, burstLimit: 1 } }];
    const { call } = await startFixture([route("GET", "/v1/links", "fn", { apiKeyRequired: true })], { fn: ok }, {}, keys);
    expect((await call("GET", "/v1/links", { headers: { "x-api-key": KEY.value } })).status).toBe(200);
    await expectGatewayResponse(await call("GET", "/v1/links", { headers: { "x-api-key": KEY.value } }), 429, '{"message":"Too Many Requests"}', "TooManyRequestsException");
  });

  it("429 Limit Exceeded when the quota is spent", async () => {
    const { call } = await startFixture([route("GET", "/v1/links", "fn", { apiKeyRequired: true })], { fn: ok }, {}, [{ ...KEY, quota: 1 }]);
    expect((await call("GET", "/v1/links", { headers: { "x-api-key": KEY.value } })).status).toBe(200);
    await expectGatewayResponse(await call("GET", "/v1/links", { headers: { "x-api-key": KEY.value } }), 429, '{"message":"Limit Exceeded"}', "LimitExceededException");
  });

  it("429 Too Many Requests from the stage's method throttling", async () => {
    const { call } = await startFixture([route("GET", "/health", "fn")], { fn: ok }, { methodThrottling: { "/health/GET": { rateLimit: 0.001, burstLimit: 2 } } });
    expect([(await call("GET", "/health")).status, (await call("GET", "/health")).status]).toEqual([200, 200]);
    await expectGatewayResponse(await call("GET", "/health"), 429, '{"message":"Too Many Requests"}', "TooManyRequestsException");
  });

  it.each([
    ["throws", () => { throw new Error("handler failed"); }],
    ["returns an unknown key", () => ({ statusCode: 200, bogus: true })],
    ["returns a non-numeric status", () => ({ statusCode: "teapot" })],
    ["returns a string", () => "hello"],
    ["returns a header value no HTTP response can carry", () => ({ statusCode: 200, headers: { "X-Bad": "a\nb" } })],
  ])("502 Internal server error when the function %s", async (_, fn) => {
    const { call } = await startFixture([route("GET", "/x", "fn")], { fn });
    await expectGatewayResponse(await call("GET", "/x"), 502, '{"message": "Internal server error"}', "InternalServerErrorException");
  });

  it("502 with its own reason phrase when a redirect's Location cannot be sent (not the function's 301 phrase)", async () => {
    const redirect = () => ({ statusCode: 301, headers: { Location: "https://e.com/\u0000x" }, body: "" });
    const { call } = await startFixture([route("GET", "/x", "fn")], { fn: redirect });
    const response = await call("GET", "/x");
    expect(`${response.status} ${response.statusText}`).toBe("502 Bad Gateway");
    await expectGatewayResponse(response, 502, '{"message": "Internal server error"}', "InternalServerErrorException");
  });

  it("504 Endpoint request timed out past the integration timeout", async () => {
    const slow = async () => {
      await sleep(400);
      return { statusCode: 200 };
    };
    const { call, invoker } = await startFixture([route("GET", "/slow", "slow")], { slow }, { integrationTimeoutMs: 60 });
    await expectGatewayResponse(await call("GET", "/slow"), 504, '{"message": "Endpoint request timed out"}', "InternalServerErrorException");
    expect(invoker.options.at(-1)).toEqual({ integrationTimeoutMs: 60 });
  });

  it("414 when the methodArn is over 1600 bytes", async () => {
    const { call, invoker } = await startFixture([route("GET", "/{code}", "fn", { authorizer: "auth" })], { fn: ok, authFn: () => allowAll() }, tokenAuthorizer("authFn"));
    const response = await call("GET", `/${"a".repeat(1600)}`, { headers: { Authorization: "t" } });
    expect(response.status).toBe(414);
    expect(invoker.count("authFn")).toBe(0);
  });

  it("413 plain text for a body over 10,485,760 bytes, answered before reading it", async () => {
    const { gateway, invoker } = await startFixture([route("POST", "/upload", "fn")], { fn: ok });
    // Declares an oversized body but sends none: the gateway must answer without waiting for it.
    const { status, body, headers } = await rawRequest(gateway.port, { "Content-Length": String(10_485_761) });
    expect(status).toBe(413);
    expect(body).toBe("HTTP content length exceeded 10485760 bytes.");
    expect(headers["x-amzn-requestid"]).toMatch(/^[0-9a-f-]{36}$/);
    expect(invoker.count("fn")).toBe(0);
  });

  it("413 for a chunked body that grows past the limit, without reading the rest", async () => {
    const { gateway, invoker } = await startFixture([route("POST", "/upload", "fn")], { fn: ok });
    const { status, body, sentBytes } = await chunkedUpload(gateway.port, 64 * 1024 * 1024);
    expect(status).toBe(413);
    expect(body).toBe("HTTP content length exceeded 10485760 bytes.");
    expect(sentBytes).toBeLessThan(64 * 1024 * 1024);
    expect(invoker.count("fn")).toBe(0);
  });

  it("accepts a body of exactly 10,485,760 bytes", async () => {
    const { call, invoker } = await startFixture([route("POST", "/upload", "fn")], { fn: (event) => ({ statusCode: 200, body: String((event as { body: string }).body.length) }) });
    const response = await call("POST", "/upload", { body: "a".repeat(10_485_760), headers: { "Content-Type": "text/plain" } });
    expect(response.status).toBe(200);
    expect(await response.text()).toBe("10485760");
    expect(invoker.count("fn")).toBe(1);
  });

  it("413 plain text when the headers exceed 10,240 bytes", async () => {
    const { call, invoker } = await startFixture([route("GET", "/x", "fn")], { fn: ok });
    const response = await call("GET", "/x", { headers: { "X-Big": "a".repeat(10_300) } });
    expect(response.status).toBe(413);
    expect(await response.text()).toBe("HTTP header is larger than 10240 bytes.");
    expect(invoker.count("fn")).toBe(0);
    expect((await call("GET", "/x", { headers: { "X-Big": "a".repeat(9_000) } })).status).toBe(200);
  });

  it("tells a keep-alive client not to reuse the connection after refusing oversized headers", async () => {
    const { gateway } = await startFixture([route("GET", "/x", "fn")], { fn: ok });
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    const get = (headers: Record<string, string>) =>
      new Promise<{ status: number; connection: string | undefined }>((resolve, reject) => {
        httpRequest({ host: "127.0.0.1", port: gateway.port, path: "/x", agent, headers }, (response) => {
          response.resume();
          response.on("end", () => resolve({ status: response.statusCode ?? 0, connection: response.headers.connection }));
        }).on("error", reject).end();
      });
    expect(await get({ "X-Big": "a".repeat(10_300) })).toEqual({ status: 413, connection: "close" });
    // The next request on the same agent must get a fresh connection, not a socket about to close.
    expect((await get({})).status).toBe(200);
    agent.destroy();
  });
});

function rawRequest(port: number, headers: Record<string, string>): Promise<{ status: number; body: string; headers: Record<string, unknown> }> {
  return new Promise((resolve, reject) => {
    const request = httpRequest({ host: "127.0.0.1", port, method: "POST", path: "/upload", headers }, (response) => {
      let body = "";
      response.setEncoding("utf8");
      response.on("data", (chunk: string) => (body += chunk));
      response.on("end", () => resolve({ status: response.statusCode ?? 0, body, headers: response.headers }));
    });
    request.on("error", reject);
    request.flushHeaders();
  });
}

/** Streams up to `total` bytes in 256 KB chunks (no Content-Length) and stops at the first response. */
function chunkedUpload(port: number, total: number): Promise<{ status: number; body: string; sentBytes: number }> {
  return new Promise((resolve, reject) => {
    let sentBytes = 0;
    let answered = false;
    const chunk = Buffer.alloc(256 * 1024, 1);
    const request = httpRequest({ host: "127.0.0.1", port, method: "POST", path: "/upload", headers: { "Transfer-Encoding": "chunked" } }, (response) => {
      answered = true;
      let body = "";
      response.setEncoding("utf8");
      response.on("data", (data: string) => (body += data));
      response.on("end", () => resolve({ status: response.statusCode ?? 0, body, sentBytes }));
    });
    request.on("error", (error) => (answered ? undefined : reject(error)));
    const pump = () => {
      while (!answered && sentBytes < total) {
        sentBytes += chunk.length;
        if (!request.write(chunk)) return void request.once("drain", pump);
      }
      if (!answered) request.end();
    };
    pump();
  });
}
