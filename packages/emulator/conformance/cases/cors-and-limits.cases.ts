import { describe, expect, it } from "vitest";
import type { ContextRef } from "../context";
import { expectGatewayError, expectRequestIds, GATEWAY_ERRORS } from "../gateway-errors";
import { probe } from "./probe";

const MAX_PAYLOAD_BYTES = 10_485_760;
const MAX_HEADER_BYTES = 10_240;

/**
 * CORS as SST's `cors: true` configures a REST API (an OPTIONS mock per resource, DEFAULT_4XX/5XX
 * with `Access-Control-Allow-Origin: *`), and the request size limits.
 */
export function corsAndLimitCases(ctx: ContextRef): void {
  const preflight = { Origin: "http://localhost:5173", "Access-Control-Request-Method": "POST", "Access-Control-Request-Headers": "content-type" };

  describe("CORS", () => {
    it("OPTIONS on a resource is answered at the gateway: 204 with the allow headers", async () => {
      const result = await ctx().request("OPTIONS", "/probe", { headers: preflight });
      expect({
        status: result.status,
        body: result.text,
        origin: result.headers["access-control-allow-origin"],
        methods: result.headers["access-control-allow-methods"]?.split(",").sort(),
        headers: result.headers["access-control-allow-headers"],
      }).toEqual({ status: 204, body: "", origin: "*", methods: ["DELETE", "GET", "HEAD", "OPTIONS", "PATCH", "POST", "PUT"], headers: "*" });
      expectRequestIds(result);
    });

    it("OPTIONS on a resource behind an authorizer needs no token", async () => {
      const result = await ctx().request("OPTIONS", "/auth/token", { headers: preflight });
      expect(result.status).toBe(204);
    });

    it("OPTIONS on a key-required resource needs no API key", async () => {
      const result = await ctx().request("OPTIONS", "/keyed", { headers: preflight });
      expect(result.status).toBe(204);
    });

    it("OPTIONS on a resource with an ANY method is still the CORS mock (SST's OPTIONS method beats ANY)", async () => {
      const result = await ctx().request("OPTIONS", "/any", { headers: preflight });
      expect({ status: result.status, body: result.text, origin: result.headers["access-control-allow-origin"] }).toEqual({ status: 204, body: "", origin: "*" });
    });

    it("OPTIONS on an unknown resource → 403 Missing Authentication Token, with CORS headers", async () => {
      const result = await ctx().request("OPTIONS", "/no/such/resource", { headers: preflight });
      expectGatewayError(result, GATEWAY_ERRORS.missingAuthenticationToken);
      expect(result.headers["access-control-allow-origin"]).toBe("*");
    });

    it.each([
      ["403 Missing Authentication Token", "/nowhere", {}],
      ["401 Unauthorized", "/auth/token", {}],
      ["403 Forbidden", "/keyed", {}],
      ["502 Internal server error", "/throws", {}],
    ])("gateway error %s carries Access-Control-Allow-Origin: *", async (_, path, headers) => {
      const result = await ctx().get(path, { Origin: "http://localhost:5173", ...headers });
      expect({ status: result.status >= 400, origin: result.headers["access-control-allow-origin"] }).toEqual({ status: true, origin: "*" });
    });

    it("an integration response gets no CORS headers the function did not set", async () => {
      const { result } = await probe(ctx(), "GET", "/probe", { headers: { Origin: "http://localhost:5173" } });
      expect(result.headers["access-control-allow-origin"]).toBeUndefined();
    });
  });

  describe("limits", () => {
    it(`a body over ${MAX_PAYLOAD_BYTES} bytes → 413 plain text`, async () => {
      const result = await ctx().request("POST", "/probe", { headers: { "Content-Type": "text/plain" }, body: Buffer.alloc(MAX_PAYLOAD_BYTES + 1, "a") });
      expectGatewayError(result, GATEWAY_ERRORS.payloadTooLarge);
    });

    it("a 1 MB body is accepted and arrives whole", async () => {
      const body = "b".repeat(1_048_576);
      const { event } = await probe(ctx(), "POST", "/probe", { headers: { "Content-Type": "text/plain" }, body });
      expect(event.body?.length).toBe(body.length);
    });

    it(`request headers over ${MAX_HEADER_BYTES} bytes are refused (413)`, async () => {
      const result = await ctx().get("/probe", { "X-Big": "h".repeat(MAX_HEADER_BYTES + 100) });
      expect(result.status).toBe(413);
    });

    it("request headers well under the limit are accepted", async () => {
      const { event } = await probe(ctx(), "GET", "/probe", { headers: { "X-Big": "h".repeat(8_000) } });
      expect(event.headers?.["X-Big"] ?? event.headers?.["x-big"]).toHaveLength(8_000);
    });
  });
}
