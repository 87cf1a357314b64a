import { connect } from "node:net";
import { describe, expect, it } from "vitest";
import type { ProxyEvent } from "../../src/apigateway/proxy-event";
import { probe, route, startFixture, type Fixture } from "./support/gateway-fixture";
import { allowAll } from "./support/policies";

const KEY = { id: "key1", value: "partner-key-0123456789" };

/** A GET written on a socket as is; answers the body. */
function rawGet(url: string, path: string, headerLines: string[]): Promise<string> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname, () => socket.end([`GET ${path} HTTP/1.1`, `Host: ${hostname}`, ...headerLines, "Connection: close", "", ""].join("\r\n")));
    let text = "";
    socket.setEncoding("utf8").on("data", (chunk: string) => (text += chunk));
    socket.on("end", () => resolve(text.slice(text.indexOf("\r\n\r\n") + 4)));
    socket.on("error", reject);
  });
}

async function echo(call: Fixture["call"], ...args: Parameters<Fixture["call"]>) {
  const response = await call(...args);
  expect(response.status).toBe(200);
  return (await response.json()) as ProxyEvent;
}

describe("Lambda proxy event (payload 1.0)", () => {
  it("has every top-level key, with nulls where AWS has nulls", async () => {
    const { call } = await startFixture([route("GET", "/health", "probe")], { probe });
    const event = await echo(call, "GET", "/health");
    expect(Object.keys(event).sort()).toEqual(
      [
        "body",
        "headers",
        "httpMethod",
        "isBase64Encoded",
        "multiValueHeaders",
        "multiValueQueryStringParameters",
        "path",
        "pathParameters",
        "queryStringParameters",
        "requestContext",
        "resource",
        "stageVariables",
      ].sort(),
    );
    expect(event).toMatchObject({
      resource: "/health",
      path: "/health",
      httpMethod: "GET",
      queryStringParameters: null,
      multiValueQueryStringParameters: null,
      pathParameters: null,
      stageVariables: null,
      body: null,
      isBase64Encoded: false,
    });
    expect(event.requestContext).not.toHaveProperty("authorizer");
  });

  it("passes headers and query parameters named like Object's own properties as plain names", async () => {
    const { gateway } = await startFixture([route("GET", "/health", "probe")], { probe });
    const names = ["constructor", "__proto__", "toString", "hasOwnProperty"];
    const query = names.map((name, i) => `${name}=${i}`).join("&");
    // Written by hand: fetch itself drops a header named __proto__.
    const event = JSON.parse(await rawGet(gateway.url, `/health?${query}`, names.map((name, i) => `${name}: h${i}`))) as ProxyEvent;

    for (const [i, name] of names.entries()) {
      expect(Object.hasOwn(event.headers, name) && event.headers[name]).toBe(`h${i}`);
      expect(Object.hasOwn(event.multiValueHeaders, name) && event.multiValueHeaders[name]).toEqual([`h${i}`]);
      expect(Object.hasOwn(event.queryStringParameters!, name) && event.queryStringParameters![name]).toBe(String(i));
      expect(Object.hasOwn(event.multiValueQueryStringParameters!, name) && event.multiValueQueryStringParameters![name]).toEqual([String(i)]);
    }
  });

  it("fills requestContext completely", async () => {
    const { call } = await startFixture([route("GET", "/v1/links/{code}", "probe")], { probe }, { region: "eu-west-1", accountId: "111122223333" });
    const before = Date.now();
    const event = await echo(call, "GET", "/v1/links/abc", { headers: { "User-Agent": "probe-agent/1.0" } });
    const context = event.requestContext;
    expect(context).toMatchObject({
      resourcePath: "/v1/links/{code}",
      httpMethod: "GET",
      path: "/test/v1/links/abc",
      accountId: "111122223333",
      protocol: "HTTP/1.1",
      stage: "test",
      apiId: "api123",
      domainName: expect.stringMatching(/^127\.0\.0\.1:\d+$/),
      domainPrefix: "127",
    });
    expect(context.requestId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(context.extendedRequestId).toMatch(/^[A-Za-z0-9+/]{15}=$/);
    expect(context.resourceId).toMatch(/^[a-z0-9_-]{6}$/);
    expect(context.requestTime).toMatch(/^\d{2}\/[A-Z][a-z]{2}\/\d{4}:\d{2}:\d{2}:\d{2} \+0000$/);
    expect(context.requestTimeEpoch).toBeGreaterThanOrEqual(before);
    expect(context.identity).toMatchObject({ sourceIp: "127.0.0.1", userAgent: "probe-agent/1.0", caller: null, user: null });
    // Recorded on AWS: a method without an API key has no apiKey, apiKeyId or clientCert keys at all.
    expect(["apiKey", "apiKeyId", "clientCert"].filter((key) => key in context.identity)).toEqual([]);
    expect(context.deploymentId).toMatch(/^[a-z0-9]{6}$/);
    expect(event.pathParameters).toEqual({ code: "abc" });
  });

  it("passes headers and query strings in single- and multi-value maps", async () => {
    const { call } = await startFixture([route("GET", "/q", "probe")], { probe });
    const event = await echo(call, "GET", "/q?tag=a&tag=b&plus=x+y&empty=", { headers: { "X-Custom": "one" } });
    expect(event.queryStringParameters).toEqual({ tag: "b", plus: "x y", empty: "" });
    expect(event.multiValueQueryStringParameters).toEqual({ tag: ["a", "b"], plus: ["x y"], empty: [""] });
    const custom = Object.entries(event.headers).find(([name]) => name.toLowerCase() === "x-custom");
    expect(custom?.[1]).toBe("one");
    expect(event.headers["X-Forwarded-For"]).toBe("127.0.0.1");
    expect(event.headers["X-Amzn-Trace-Id"]).toMatch(/^Root=1-[0-9a-f]{8}-[0-9a-f]{24}$/);
    expect(event.multiValueHeaders["X-Forwarded-Proto"]).toEqual(["http"]);
  });

  it("carries text bodies as strings and binary media types as base64", async () => {
    const { call } = await startFixture([route("POST", "/up", "probe")], { probe }, { binaryMediaTypes: ["image/*"] });
    const text = await echo(call, "POST", "/up", { headers: { "Content-Type": "application/json" }, body: '{"a":1}' });
    expect(text).toMatchObject({ body: '{"a":1}', isBase64Encoded: false });
    const image = await echo(call, "POST", "/up", { headers: { "Content-Type": "image/png" }, body: Buffer.from([0, 1, 2, 255]) });
    expect(image).toMatchObject({ body: Buffer.from([0, 1, 2, 255]).toString("base64"), isBase64Encoded: true });
  });

  it("passes stage variables", async () => {
    const { call } = await startFixture([route("GET", "/s", "probe")], { probe }, { stageVariables: { table: "links" } });
    expect((await echo(call, "GET", "/s")).stageVariables).toEqual({ table: "links" });
  });

  it("puts apiKey and apiKeyId into identity on key-required methods", async () => {
    const { call, usageGate } = await startFixture([route("GET", "/v1/links", "probe", { apiKeyRequired: true })], { probe }, {}, [KEY]);
    const event = await echo(call, "GET", "/v1/links", { headers: { "x-api-key": KEY.value } });
    expect(event.requestContext.identity).toMatchObject({ apiKey: KEY.value, apiKeyId: "key1" });
    expect(usageGate.requests.at(-1)).toMatchObject({ apiKeyValue: KEY.value, restApiId: "api123", stage: "test", resourcePath: "/v1/links", httpMethod: "GET" });
  });

  it("puts the authorizer's principalId, latency and context (as strings) into requestContext.authorizer", async () => {
    const authFn = () => allowAll("user-42", { context: { count: 123, admin: true, name: "ann" } });
    const { call } = await startFixture([route("GET", "/me", "probe", { authorizer: "auth" })], { probe, authFn }, {
      authorizers: { auth: { type: "TOKEN", function: "authFn", identitySource: ["method.request.header.Authorization"] } },
    });
    const first = await echo(call, "GET", "/me", { headers: { Authorization: "token-1" } });
    expect(first.requestContext.authorizer).toEqual({ principalId: "user-42", integrationLatency: expect.any(Number), count: "123", admin: "true", name: "ann" });
    const cached = await echo(call, "GET", "/me", { headers: { Authorization: "token-1" } });
    expect(cached.requestContext.authorizer?.integrationLatency).toBe(0);
  });
});

describe("proxy response over HTTP", () => {
  it("sends status, merged headers, default content type and the request id", async () => {
    const fn = () => ({ statusCode: "201", headers: { "X-A": "a", "X-Flag": true }, multiValueHeaders: { "X-A": ["b"], "Set-Cookie": ["c=1", "d=2"] }, body: "created" });
    const { call } = await startFixture([route("POST", "/x", "fn")], { fn });
    const response = await call("POST", "/x");
    expect(response.status).toBe(201);
    expect(await response.text()).toBe("created");
    expect(response.headers.get("x-a")).toBe("b, a");
    expect(response.headers.get("x-flag")).toBe("true");
    expect(response.headers.getSetCookie()).toEqual(["c=1", "d=2"]);
    expect(response.headers.get("content-type")).toBe("application/json");
    expect(response.headers.get("x-amzn-requestid")).toMatch(/^[0-9a-f-]{36}$/);
    expect(response.headers.get("x-amz-apigw-id")).toBeTruthy();
  });

  it("decodes a base64 body only when the first Accept type is a binary media type", async () => {
    const png = Buffer.from([137, 80, 78, 71]);
    const fn = () => ({ statusCode: 200, headers: { "Content-Type": "image/png" }, body: png.toString("base64"), isBase64Encoded: true });
    const binary = await startFixture([route("GET", "/img", "fn")], { fn }, { binaryMediaTypes: ["image/png"] });
    expect(Buffer.from(await (await binary.call("GET", "/img", { headers: { Accept: "image/png" } })).arrayBuffer())).toEqual(png);
    expect(await (await binary.call("GET", "/img", { headers: { Accept: "text/html, image/png" } })).text()).toBe(png.toString("base64"));
    const text = await startFixture([route("GET", "/img", "fn")], { fn });
    expect(await (await text.call("GET", "/img", { headers: { Accept: "image/png" } })).text()).toBe(png.toString("base64"));
  });
});
