import { describe, expect, it } from "vitest";
import { compileBinaryMediaTypes } from "./binary-media";
import type { GatewayRequest } from "./gateway-request";
import { buildRequestParts, toProxyEvent, type StageInfo } from "./proxy-event";
import { escaped, ProxyEventJsonWriter } from "./proxy-event-json";
import { Router } from "./router";

const router = new Router([
  { method: "GET", path: "/health", function: "fn" },
  { method: "POST", path: "/v1/links/{code}", function: "fn" },
  { method: "ANY", path: "/files/{proxy+}", function: "fn" },
  { method: "GET", path: '/odd/"quoted"\\path', function: "fn" },
]);
const plainStage: StageInfo = { restApiId: "api123", stage: "test", deploymentId: "d3pl0y", accountId: "123456789012", region: "us-east-1", stageVariables: null };
const variablesStage: StageInfo = { ...plainStage, stage: "prod", stageVariables: { table: "links-prod", quote: 'say "hi"\n', unicode: "ünï ✓ 😀" } };
const textOnly = compileBinaryMediaTypes([]);
const images = compileBinaryMediaTypes(["image/*"]);

interface Case {
  method?: string;
  path: string;
  query?: string;
  headers?: string[];
  body?: Buffer;
  stage?: StageInfo;
  binary?: typeof textOnly;
  apiKey?: { value: string; id: string };
  authorizer?: Record<string, string | number>;
}

function request(c: Case): GatewayRequest {
  return {
    requestId: "6f1c2e1a-0000-4000-8000-000000000001",
    extendedRequestId: "BQGojGkBoAMFNwg=",
    requestTimeEpoch: 1_764_650_000_123,
    httpMethod: c.method ?? "GET",
    path: c.path,
    sentPath: c.path,
    rawQuery: c.query ?? "",
    rawHeaders: c.headers ?? ["Host", "127.0.0.1:3000", "User-Agent", "probe/1.0"],
    sourceIp: "127.0.0.1",
    localPort: "3000",
    host: "api.example.com",
    protocol: "HTTP/1.1",
    body: c.body ?? Buffer.alloc(0),
    traceId: "",
  };
}

/** The writer's text and JSON.stringify of the object builder's event, from the same parts. */
function both(c: Case): { written: string; stringified: string } {
  const stage = c.stage ?? plainStage;
  const binary = c.binary ?? textOnly;
  const req = request(c);
  const match = router.match(req.httpMethod, req.path);
  if (match.kind !== "method") throw new Error(`no route for ${req.path}`);
  const parts = buildRequestParts(req, match.resource, match.pathParameters, stage);
  // As handle-request.ts completes the parts after the usage gate and the authorizer.
  if (c.apiKey) {
    parts.requestContext.identity.apiKey = c.apiKey.value;
    parts.requestContext.identity.apiKeyId = c.apiKey.id;
  }
  if (c.authorizer) parts.requestContext.authorizer = c.authorizer;
  const written = new ProxyEventJsonWriter(stage, router.resources).write(match.resource, parts, req, binary);
  return { written, stringified: JSON.stringify(toProxyEvent(parts, req, binary)) };
}

describe("ProxyEventJsonWriter", () => {
  it.each<[string, Case]>([
    ["a bare request", { path: "/health" }],
    ["no User-Agent (userAgent null)", { path: "/health", headers: ["Host", "h"] }],
    ["no headers at all", { path: "/health", headers: [] }],
    ["repeated and case-different header names", { path: "/health", headers: ["Accept", "a", "accept", "b", "Accept", "c", "X-Forwarded-For", "10.0.0.1"] }],
    ["dropped, renamed and trace headers", { path: "/health", headers: ["Connection", "keep-alive", "authorization", "t", "TE", "x", "X-Amzn-Trace-Id", "Root=1-a-b", "Content-Length", "0"] }],
    ["integer-like header names (JSON.stringify puts them first)", { path: "/health", headers: ["Zeta", "z", "10", "ten", "2", "two", "2", "again"] }],
    ["quotes, backslashes and control characters", { path: "/health", headers: ['X-"q"', 'va"l\\ue', "X-Ctl", "a\u0000b\u0001c\u001f\t\n\r\b\f", "X-Del", "\u007f"] }],
    ["unicode, emoji, lone surrogates, U+2028", { path: "/health", headers: ["X-U", "ünï ✓ 😀", "X-Lone", "a\ud800b\udc00", "X-Sep", "\u2028\u2029"] }],
    ["query strings, single and repeated", { path: "/health", query: "tag=a&tag=b&plus=x+y&empty=&flag&uni=%C3%BC%22%5C&10=n" }],
    ["a query with no parameters", { path: "/health", query: "&" }],
    ["path parameters, percent-encoded", { method: "POST", path: "/v1/links/a%40b%22c" }],
    ["a greedy path parameter", { method: "DELETE", path: "/files/a/b/%E2%9C%93" }],
    ["a resource path that needs escaping", { path: '/odd/"quoted"\\path' }],
    ["stage variables", { path: "/health", stage: variablesStage }],
    ["an API key", { path: "/health", apiKey: { value: 'key-"1"', id: "kid\u2028" } }],
    ["an authorizer context, principalId overridden in place", { path: "/health", authorizer: { role: "admin", principalId: "u\"1", n: "5", integrationLatency: 12 } }],
    ["an empty authorizer context", { path: "/health", authorizer: { principalId: "u1", integrationLatency: 0 } }],
    ["a text body", { method: "POST", path: "/v1/links/x", headers: ["Content-Type", "application/json"], body: Buffer.from('{"url":"https://ex.com/ü?a=\\"b\\""}\n') }],
    ["a body that is not valid UTF-8", { method: "POST", path: "/v1/links/x", body: Buffer.from([0x61, 0xff, 0xfe, 0x00, 0x62]) }],
    ["a binary body (base64)", { method: "POST", path: "/v1/links/x", headers: ["Content-Type", "image/png"], body: Buffer.from([0, 1, 2, 250, 251, 255]), binary: images }],
    ["a text body where binary types exist", { method: "POST", path: "/v1/links/x", headers: ["Content-Type", "text/plain"], body: Buffer.from("plain"), binary: images }],
  ])("writes exactly JSON.stringify of the event: %s", (_, c) => {
    const { written, stringified } = both(c);
    expect(written).toBe(stringified);
  });

  it("writes a resource it was not compiled with the same way", () => {
    const stage = plainStage;
    const req = request({ path: "/health" });
    const match = router.match("GET", "/health");
    if (match.kind !== "method") throw new Error("no route");
    const parts = buildRequestParts(req, match.resource, null, stage);
    const written = new ProxyEventJsonWriter(stage, []).write(match.resource, parts, req, textOnly);
    expect(written).toBe(JSON.stringify(toProxyEvent(parts, req, textOnly)));
  });
});

describe("escaped", () => {
  it.each(["", "plain", 'q"uote', "back\\slash", "\u0000\u001f", "\u007f", "ü✓", "😀", "\ud83d", "\ude00x", "\u2028"])("is JSON.stringify without the quotes, for %j", (value) => {
    expect(`"${escaped(value)}"`).toBe(JSON.stringify(value));
  });
});
