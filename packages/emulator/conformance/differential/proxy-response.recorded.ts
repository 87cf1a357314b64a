import { expect } from "vitest";
import type { ConformanceContext } from "../context";
import { PNG_BYTES } from "../functions/responses";
import { expectGatewayError, GATEWAY_ERRORS } from "../gateway-errors";
import { headerLines, type HttpResult } from "../http-client";
import { recordedCase, type DifferentialCase } from "./recorded-case";
import { capture, commonSnapshot, lambdaSnapshot } from "./recordings";

/**
 * How a proxy result becomes the HTTP response: test_aws_proxy_response_payload_format_validation,
 * whose function returns the request body as its result (here `POST /result`, functions/result-from-body.ts).
 * Header values are compared as python-requests read them: every line of a name joined with ", ".
 */
const FORMAT = (entry: string) => lambdaSnapshot("test_aws_proxy_response_payload_format_validation", entry);
const TRACE = (entry: string) => commonSnapshot("TestApiGatewayCommon::test_invocation_trace_id", entry);
const BINARY_DOC = capture(
  "https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-payload-encodings.html",
  "Lambda proxy integrations: API Gateway uses the first Accept header from clients to determine if a response should return binary media",
);

/** Returns `result` through the gateway (User-Agent as recorded). */
const returning = (ctx: ConformanceContext, result: unknown, headers: Record<string, string> = {}): Promise<HttpResult> =>
  ctx.request("POST", "/result", { headers: { "User-Agent": "python/test", "Content-Type": "application/json", ...headers }, body: JSON.stringify(result) });

const joined = (result: HttpResult, name: string) => headerLines(result, name).join(", ");
const names = (result: HttpResult) => result.rawHeaders.filter((_, i) => i % 2 === 0);

export const proxyResponseCases: DifferentialCase[] = [
  recordedCase(FORMAT("invoke-api-no-body"), "`{statusCode: 200}` alone → 200 with an empty body", async (ctx) => {
    const result = await returning(ctx, { statusCode: 200 });
    expect({ status: result.status, body: result.text }).toEqual({ status: 200, body: "" });
  }),
  recordedCase(FORMAT("invoke-api-with-headers"), "headers pass through, a boolean rendered `true`, Content-Type defaulting to application/json", async (ctx) => {
    const result = await returning(ctx, { statusCode: 200, headers: { "test-header": "value", "header-bool": true } });
    expect({ status: result.status, test: joined(result, "test-header"), bool: joined(result, "header-bool"), type: joined(result, "content-type"), length: joined(result, "content-length") }).toEqual({
      status: 200,
      test: "value",
      bool: "true",
      type: "application/json",
      length: "0",
    });
  }),
  recordedCase(FORMAT("invoke-api-with-headers"), "the response carries x-amzn-RequestId, x-amz-apigw-id and X-Amzn-Trace-Id", async (ctx) => {
    const result = await returning(ctx, { statusCode: 200, headers: { "test-header": "value" } });
    expect(result.headers["x-amzn-requestid"]).toMatch(/^[0-9a-f-]{36}$/);
    expect(result.headers["x-amz-apigw-id"]).toMatch(/^\S{8,}$/);
    expect(result.headers["x-amzn-trace-id"]).toMatch(/^Root=1-[0-9a-f]{8}-[0-9a-f]{24}/);
  }),
  recordedCase(FORMAT("invoke-api-with-headers-null"), "`headers: null` is accepted", async (ctx) => {
    const result = await returning(ctx, { statusCode: 200, headers: null });
    expect({ status: result.status, type: joined(result, "content-type") }).toEqual({ status: 200, type: "application/json" });
  }),
  recordedCase(FORMAT("invoke-api-wrong-format"), "an unknown top-level key → 502 Internal server error", async (ctx) => {
    expectGatewayError(await returning(ctx, { statusCode: 200, wrongValue: "value" }), GATEWAY_ERRORS.integrationFailure);
  }),
  recordedCase(FORMAT("invoke-api-empty-response"), "a function that fails (no result) → 502 Internal server error", async (ctx) => {
    // The recording sent no body (python-requests drops `json={}`); the function then raised.
    const result = await ctx.request("POST", "/result", { headers: { "User-Agent": "python/test" } });
    expectGatewayError(result, GATEWAY_ERRORS.integrationFailure);
  }),
  recordedCase(FORMAT("invoke-api-b64-encoded-true"), "isBase64Encoded true without binaryMediaTypes matching: the base64 text is sent", async (ctx) => {
    const result = await returning(ctx, { statusCode: 200, body: Buffer.from("test-data").toString("base64"), isBase64Encoded: true });
    expect({ status: result.status, body: result.text }).toEqual({ status: 200, body: "dGVzdC1kYXRh" });
  }),
  recordedCase(FORMAT("invoke-api-b64-encoded-false"), "a base64-looking body without isBase64Encoded is sent as is", async (ctx) => {
    const result = await returning(ctx, { statusCode: 200, body: Buffer.from("test-data").toString("base64") });
    expect(result.text).toBe("dGVzdC1kYXRh");
  }),
  recordedCase(FORMAT("invoke-api-multi-headers-valid"), "multiValueHeaders values all reach the client, in order", async (ctx) => {
    const result = await returning(ctx, { statusCode: 200, multiValueHeaders: { "test-multi": ["value1", "value2"] } });
    expect(joined(result, "test-multi")).toBe("value1, value2");
  }),
  recordedCase(FORMAT("invoke-api-multi-headers-overwrite"), "a name in both maps: multiValueHeaders' values first, then headers' value", async (ctx) => {
    const result = await returning(ctx, { statusCode: 200, multiValueHeaders: { "test-multi": ["value-multi"] }, headers: { "test-multi": "value-solo" } });
    expect(joined(result, "test-multi")).toBe("value-multi, value-solo");
  }),
  recordedCase(FORMAT("invoke-api-multi-headers-overwrite-casing"), "a name in both maps in two cases is sent under multiValueHeaders' spelling", async (ctx) => {
    const result = await returning(ctx, { statusCode: 200, multiValueHeaders: { "tesT-Multi": ["value-multi"] }, headers: { "test-multi": "value-solo" } });
    expect({ names: names(result).filter((name) => name.toLowerCase() === "test-multi"), value: joined(result, "test-multi") }).toEqual({
      names: headerLines(result, "test-multi").map(() => "tesT-Multi"),
      value: "value-multi, value-solo",
    });
  }),
  recordedCase(FORMAT("invoke-api-multi-headers-invalid"), "a multiValueHeaders value that is not a list → 502", async (ctx) => {
    expectGatewayError(await returning(ctx, { statusCode: 200, multiValueHeaders: { "test-multi-invalid": "value1" } }), GATEWAY_ERRORS.integrationFailure);
  }),
  recordedCase(FORMAT("invoke-api-invalid-status-code"), "statusCode `test` → 502", async (ctx) => {
    expectGatewayError(await returning(ctx, { statusCode: "test" }), GATEWAY_ERRORS.integrationFailure);
  }),
  recordedCase(FORMAT("invoke-api-status-code-str"), "statusCode `201` as a string → 201", async (ctx) => {
    const result = await returning(ctx, { statusCode: "201" });
    expect({ status: result.status, body: result.text }).toEqual({ status: 201, body: "" });
  }),
  recordedCase(FORMAT("invoke-api-just-string"), "a result that is a JSON string → 502", async (ctx) => {
    expectGatewayError(await returning(ctx, "justAString"), GATEWAY_ERRORS.integrationFailure);
  }),
  recordedCase(FORMAT("invoke-api-only-headers"), "a result with headers and no statusCode → 200", async (ctx) => {
    const result = await returning(ctx, { headers: { "test-header": "value" } });
    expect({ status: result.status, body: result.text, header: joined(result, "test-header") }).toEqual({ status: 200, body: "", header: "value" });
  }),
  recordedCase(TRACE("trace-id-req-headers-AWS_PROXY"), "a full X-Amzn-Trace-Id from the client comes back unchanged", async (ctx) => {
    const full = "Root=1-3152b799-8954dae64eda91bc9a23a7e8;Parent=7fa8c0f79203be72;Sampled=1";
    const result = await ctx.request("GET", "/probe", { headers: { "x-amzn-trace-id": full } });
    expect(result.headers["x-amzn-trace-id"]).toContain(full);
    expect(String(result.headers["x-amzn-trace-id"]).split(";")[1]).toBe("Parent=7fa8c0f79203be72");
  }),
  recordedCase(TRACE("trace-id-small-req-headers-AWS_PROXY"), "a Root-only X-Amzn-Trace-Id comes back with a Parent the gateway made", async (ctx) => {
    const root = "Root=1-3152b799-8954dae64eda91bc9a23a7e8";
    const result = await ctx.request("GET", "/probe", { headers: { "x-amzn-trace-id": root } });
    const trace = String(result.headers["x-amzn-trace-id"]);
    expect(trace).toContain(root);
    expect(trace.split(";")[1]).toMatch(/^Parent=[0-9a-f]{16}$/);
  }),
  recordedCase(BINARY_DOC, "isBase64Encoded with the first Accept type binary: decoded", async (ctx) => {
    const result = await ctx.get("/responses?case=binary", { Accept: "image/png, text/html" });
    expect(result.body.toString("hex")).toBe(PNG_BYTES.toString("hex"));
  }),
  recordedCase(BINARY_DOC, "isBase64Encoded with a binary Accept type that is not the first: sent as base64 text", async (ctx) => {
    const result = await ctx.get("/responses?case=binary", { Accept: "text/html, image/png" });
    expect(result.text).toBe(PNG_BYTES.toString("base64"));
  }),
];
