import { describe, it } from "vitest";
import type { ContextRef } from "../context";
import { expectGatewayError, GATEWAY_ERRORS } from "../gateway-errors";

/**
 * One case per row of the reference's gateway-response table that needs no usage plan (throttle
 * and quota rows are in usage.cases.ts, the payload limit in cors-and-limits.cases.ts): status,
 * body, `x-amzn-ErrorType`, `x-amzn-RequestId` and `x-amz-apigw-id`.
 */
export function gatewayResponseCases(ctx: ContextRef): void {
  describe("gateway responses", () => {
    it("unknown resource → 403 Missing Authentication Token", async () => {
      expectGatewayError(await ctx().get("/no/such/resource"), GATEWAY_ERRORS.missingAuthenticationToken);
    });

    it("unknown method on an existing resource → 403 Missing Authentication Token", async () => {
      expectGatewayError(await ctx().request("DELETE", "/probe"), GATEWAY_ERRORS.missingAuthenticationToken);
    });

    it("missing identity source (no Authorization header) → 401 Unauthorized", async () => {
      expectGatewayError(await ctx().get("/auth/token"), GATEWAY_ERRORS.unauthorized);
    });

    it("authorizer throwing exactly 'Unauthorized' → 401 Unauthorized", async () => {
      expectGatewayError(await ctx().get("/auth/token", { Authorization: ctx().token("unauthorized") }), GATEWAY_ERRORS.unauthorized);
    });

    it("explicit Deny → 403 AccessDenied with the capital-M explicit-deny message", async () => {
      expectGatewayError(await ctx().get("/auth/token", { Authorization: ctx().token("deny") }), GATEWAY_ERRORS.explicitDeny);
    });

    it("Allow that does not match the methodArn → 403 AccessDenied (implicit deny)", async () => {
      expectGatewayError(await ctx().get("/auth/token", { Authorization: ctx().token("elsewhere") }), GATEWAY_ERRORS.accessDenied);
    });

    it("authorizer error other than Unauthorized → 500 {message: null} AuthorizerConfigurationException", async () => {
      expectGatewayError(await ctx().get("/auth/token", { Authorization: ctx().token("error") }), GATEWAY_ERRORS.authorizerConfiguration);
    });

    it("authorizer context with an object value → 500 AuthorizerConfigurationException", async () => {
      expectGatewayError(await ctx().get("/auth/token", { Authorization: ctx().token("object-context") }), GATEWAY_ERRORS.authorizerConfiguration);
    });

    it("authorizer output without a policy document → 500 AuthorizerConfigurationException", async () => {
      expectGatewayError(await ctx().get("/auth/token", { Authorization: ctx().token("no-policy") }), GATEWAY_ERRORS.authorizerConfiguration);
    });

    it("missing API key on a key-required method → 403 Forbidden", async () => {
      expectGatewayError(await ctx().get("/keyed"), GATEWAY_ERRORS.forbidden);
    });

    it("Lambda error → 502 Internal server error, without the error's message", async () => {
      const result = await ctx().get("/throws");
      expectGatewayError(result, GATEWAY_ERRORS.integrationFailure);
      if (result.text.includes("hunter2") || result.text.includes("conformance-secret")) throw new Error(`5xx body leaks the function's error: ${result.text}`);
    });

    it("malformed proxy response → 502 Internal server error", async () => {
      expectGatewayError(await ctx().get("/responses?case=extra-key"), GATEWAY_ERRORS.integrationFailure);
    });

    it("integration timeout → 504 Endpoint request timed out", async () => {
      expectGatewayError(await ctx().get("/sleep"), GATEWAY_ERRORS.integrationTimeout);
    });
  });
}
