import { describe, expect, it } from "vitest";
import type { ContextRef } from "../context";
import { PNG_BYTES } from "../functions/responses";
import { expectGatewayError, expectRequestIds, GATEWAY_ERRORS } from "../gateway-errors";
import { headerLines } from "../http-client";

/** How API Gateway turns a Lambda proxy result into the HTTP response (the responses function, `?case=`). */
export function proxyResponseCases(ctx: ContextRef): void {
  // AWS picks binary handling from the request's Accept as well as the response type: send both.
  const get = (name: string, accept = "*/*") => ctx().get(`/responses?case=${name}`, { Accept: accept });

  describe("proxy response validation", () => {
    it("a string statusCode ('201') is accepted", async () => {
      const result = await get("string-status");
      expect({ status: result.status, body: result.text }).toEqual({ status: 201, body: "created" });
    });

    it("a missing statusCode gives 200", async () => {
      const result = await get("missing-status");
      expect({ status: result.status, body: result.text }).toEqual({ status: 200, body: "no status given" });
    });

    it("the function's status, headers and body pass through, with the request ids added", async () => {
      const result = await get("teapot");
      expect({ status: result.status, header: result.headers["x-custom"], body: result.text }).toEqual({ status: 418, header: "kept", body: "short and stout" });
      expectRequestIds(result);
    });

    it.each([
      ["an extra top-level key", "extra-key"],
      ["a non-object result", "not-object"],
      ["a null result", "null"],
      ["a non-numeric statusCode", "bad-status"],
      ["a non-string body", "body-object"],
      ["a non-array multiValueHeaders value", "multi-not-array"],
    ])("%s → 502 Internal server error", async (_, name) => {
      expectGatewayError(await get(name), GATEWAY_ERRORS.integrationFailure);
    });

    // Recorded on AWS (differential/proxy-response.recorded.ts): multiValueHeaders' values come first
    // (this case expected headers' value first before the recording said otherwise).
    it("a header in both headers and multiValueHeaders is sent once, values merged 'b, c, a'", async () => {
      const result = await get("merge");
      expect(headerLines(result, "x-merge")).toEqual(["b, c, a"]);
    });

    it("boolean and number header values are rendered as text", async () => {
      const result = await get("scalars");
      expect({ flag: result.headers["x-flag"], number: result.headers["x-number"] }).toEqual({ flag: "true", number: "42" });
    });

    it("multiValueHeaders send one header line per value", async () => {
      const result = await get("multi-value");
      expect(headerLines(result, "set-cookie")).toEqual(["a=1", "b=2"]);
    });

    it("without a Content-Type the response is application/json", async () => {
      const result = await get("no-content-type");
      expect({ status: result.status, type: result.headers["content-type"] }).toEqual({ status: 200, type: "application/json" });
    });

    it("isBase64Encoded with a binaryMediaTypes type is decoded to the original bytes", async () => {
      const result = await get("binary", "image/png");
      expect({ status: result.status, type: result.headers["content-type"], body: result.body.toString("hex") }).toEqual({
        status: 200,
        type: "image/png",
        body: PNG_BYTES.toString("hex"),
      });
    });

    it("isBase64Encoded with a type outside binaryMediaTypes is sent as the base64 text", async () => {
      const result = await get("base64-text", "text/plain");
      expect({ status: result.status, body: result.text }).toEqual({ status: 200, body: Buffer.from("hello").toString("base64") });
    });
  });
}
