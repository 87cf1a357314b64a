import { describe, expect, it } from "vitest";
import type { ContextRef } from "../context";
import { eventHeader, eventMultiHeader, probe } from "./probe";

const TOP_LEVEL_KEYS = [
  "resource",
  "path",
  "httpMethod",
  "headers",
  "multiValueHeaders",
  "queryStringParameters",
  "multiValueQueryStringParameters",
  "pathParameters",
  "stageVariables",
  "requestContext",
  "body",
  "isBase64Encoded",
];

const CONTEXT_KEYS = [
  "resourceId",
  "resourcePath",
  "httpMethod",
  "extendedRequestId",
  "requestTime",
  "requestTimeEpoch",
  "path",
  "accountId",
  "protocol",
  "stage",
  "domainPrefix",
  "domainName",
  "requestId",
  "apiId",
  "identity",
];

/** `09/Apr/2015:12:34:56 +0000` */
const CLF_TIME = /^\d{2}\/[A-Z][a-z]{2}\/\d{4}:\d{2}:\d{2}:\d{2} \+0000$/;

/** The Lambda proxy event, payload 1.0, as the probe function receives it. */
export function eventShapeCases(ctx: ContextRef): void {
  describe("proxy event shape", () => {
    it("has every top-level key of payload 1.0", async () => {
      const { event } = await probe(ctx(), "GET", "/probe");
      expect(Object.keys(event).sort()).toEqual(expect.arrayContaining([...TOP_LEVEL_KEYS].sort()));
    });

    it("absent query, path parameters, stage variables and body are null, not {}", async () => {
      const { event } = await probe(ctx(), "GET", "/probe");
      expect({
        queryStringParameters: event.queryStringParameters,
        multiValueQueryStringParameters: event.multiValueQueryStringParameters,
        pathParameters: event.pathParameters,
        stageVariables: event.stageVariables,
        body: event.body,
        isBase64Encoded: event.isBase64Encoded,
      }).toEqual({ queryStringParameters: null, multiValueQueryStringParameters: null, pathParameters: null, stageVariables: null, body: null, isBase64Encoded: false });
    });

    it("a repeated query parameter: last value in queryStringParameters, all in multiValueQueryStringParameters", async () => {
      const { event } = await probe(ctx(), "GET", "/probe?a=1&a=2&b=x");
      expect({ single: event.queryStringParameters, multi: event.multiValueQueryStringParameters }).toEqual({ single: { a: "2", b: "x" }, multi: { a: ["1", "2"], b: ["x"] } });
    });

    it("query values arrive URL-decoded", async () => {
      const { event } = await probe(ctx(), "GET", "/probe?q=hello%20world&sym=%26%3D");
      expect(event.queryStringParameters).toEqual({ q: "hello world", sym: "&=" });
    });

    it("a repeated request header: last value in headers, every value in multiValueHeaders", async () => {
      const { event } = await probe(ctx(), "GET", "/probe", { headers: { "X-Repeated": ["one", "two"] } });
      expect({ single: eventHeader(event, "x-repeated"), multi: eventMultiHeader(event, "x-repeated") }).toEqual({ single: "two", multi: ["one", "two"] });
    });

    it("requestContext carries every documented field", async () => {
      const { event } = await probe(ctx(), "GET", "/items/5");
      expect(Object.keys(event.requestContext)).toEqual(expect.arrayContaining(CONTEXT_KEYS));
      const c = event.requestContext;
      expect({ resourcePath: c.resourcePath, httpMethod: c.httpMethod, stage: c.stage, apiId: c.apiId, protocol: c.protocol }).toEqual({
        resourcePath: "/items/{id}",
        httpMethod: "GET",
        stage: ctx().target.stage,
        apiId: ctx().target.restApiId,
        protocol: "HTTP/1.1",
      });
      expect(c.accountId).toMatch(/^\d{12}$/);
      expect(c.resourceId).toMatch(/^\w+$/);
    });

    it("requestContext.requestId is the x-amzn-RequestId header, extendedRequestId the x-amz-apigw-id header", async () => {
      const { result, event } = await probe(ctx(), "GET", "/probe");
      expect({ requestId: event.requestContext.requestId, extendedRequestId: event.requestContext.extendedRequestId }).toEqual({
        requestId: result.headers["x-amzn-requestid"],
        extendedRequestId: result.headers["x-amz-apigw-id"],
      });
    });

    it("requestTime is in CLF and names the same second as requestTimeEpoch", async () => {
      const { event } = await probe(ctx(), "GET", "/probe");
      const { requestTime, requestTimeEpoch } = event.requestContext;
      expect(requestTime).toMatch(CLF_TIME);
      const [, day, month, rest] = /^(\d{2})\/(\w{3})\/(.*) \+0000$/.exec(requestTime) ?? [];
      const parsed = Date.parse(`${day} ${month} ${rest?.replace(":", " ")} GMT`);
      expect(Math.floor(requestTimeEpoch / 1000)).toBe(parsed / 1000);
    });

    // Recorded on AWS (differential/event-shape.recorded.ts): without a key the identity has no
    // apiKey/apiKeyId keys at all (this case expected them null before the recording said otherwise).
    it("identity has sourceIp and userAgent, and no apiKey/apiKeyId on a method without a key", async () => {
      const { event } = await probe(ctx(), "GET", "/probe", { headers: { "User-Agent": "conformance-agent/2.0" } });
      const identity = event.requestContext.identity;
      expect({ userAgent: identity.userAgent, keys: ["apiKey", "apiKeyId"].filter((key) => key in identity) }).toEqual({
        userAgent: "conformance-agent/2.0",
        keys: [],
      });
      expect(identity.sourceIp).toMatch(/^[\d.:a-f]+$/);
    });

    it("an x-api-key sent to a method that requires none leaves identity without apiKey and apiKeyId", async () => {
      const { keyValue } = await ctx().managed.planWithKey();
      const { event } = await probe(ctx(), "GET", "/probe", { headers: { "x-api-key": keyValue } });
      expect(["apiKey", "apiKeyId"].filter((key) => key in event.requestContext.identity)).toEqual([]);
    });

    it("identity.apiKey and identity.apiKeyId name the caller's key on a key-required method", async () => {
      const { keyId, keyValue } = await ctx().managed.planWithKey();
      const { event } = await probe(ctx(), "GET", "/keyed", { headers: { "x-api-key": keyValue } });
      expect({ apiKey: event.requestContext.identity.apiKey, apiKeyId: event.requestContext.identity.apiKeyId }).toEqual({ apiKey: keyValue, apiKeyId: keyId });
    });

    it("authorizer context arrives stringified, with principalId and a numeric integrationLatency", async () => {
      const { event } = await probe(ctx(), "GET", "/auth/token", { headers: { Authorization: ctx().token("typed-context") } });
      const authorizer = event.requestContext.authorizer ?? {};
      expect({ text: authorizer.text, number: authorizer.number, flag: authorizer.flag, principalId: authorizer.principalId }).toEqual({
        text: "plain",
        number: "123",
        flag: "true",
        principalId: "user-typed-context",
      });
      expect(typeof authorizer.integrationLatency).toBe("number");
    });

    it("a text body is passed as is, isBase64Encoded false", async () => {
      const { event } = await probe(ctx(), "POST", "/probe", { headers: { "Content-Type": "application/json" }, body: '{"hello":"wörld"}' });
      expect({ body: event.body, isBase64Encoded: event.isBase64Encoded }).toEqual({ body: '{"hello":"wörld"}', isBase64Encoded: false });
    });

    it("a body of a binaryMediaTypes type arrives base64-encoded with isBase64Encoded true", async () => {
      const bytes = Buffer.from([0, 1, 2, 250, 251, 252, 253, 254, 255]);
      const { event } = await probe(ctx(), "POST", "/probe", { headers: { "Content-Type": "image/png" }, body: bytes });
      expect({ body: event.body, isBase64Encoded: event.isBase64Encoded }).toEqual({ body: bytes.toString("base64"), isBase64Encoded: true });
    });

    it("request headers reach the function with their values", async () => {
      const { event } = await probe(ctx(), "GET", "/probe", { headers: { "X-Custom-Header": "custom value", Accept: "text/plain" } });
      expect({ custom: eventHeader(event, "x-custom-header"), accept: eventHeader(event, "accept") }).toEqual({ custom: "custom value", accept: "text/plain" });
    });
  });
}
