import { FlushStageAuthorizersCacheCommand } from "@aws-sdk/client-api-gateway";
import { describe, expect, it } from "vitest";
import type { ContextRef } from "../context";
import { expectGatewayError, GATEWAY_ERRORS } from "../gateway-errors";
import { probe } from "./probe";

/**
 * Lambda authorizers and the stage's result cache: keyed by the identity source, reused for every
 * method behind the authorizer (so a too-narrow policy denies the caller's other methods), Deny
 * cached too, TTL 0 invoking every time, FlushStageAuthorizersCache emptying it.
 */
export function authorizerCases(ctx: ContextRef): void {
  const auth = (token: string) => ({ headers: { Authorization: token } });

  describe("Lambda authorizers and their cache", () => {
    it("an Allow policy lets the request through, principalId in requestContext.authorizer", async () => {
      const { event } = await probe(ctx(), "GET", "/auth/token", auth(ctx().token("allow")));
      expect(event.requestContext.authorizer?.principalId).toBe("user-allow");
    });

    it("a TOKEN authorizer gets methodArn arn:aws:execute-api:{region}:{account}:{apiId}/{stage}/{VERB}/{path}", async () => {
      const { event } = await probe(ctx(), "POST", "/auth/token", { ...auth(ctx().token("allow")), body: "{}" });
      const { restApiId, stage, management } = ctx().target;
      const authorizer = event.requestContext.authorizer ?? {};
      expect({ type: authorizer.inputType, keys: authorizer.inputKeys }).toEqual({ type: "TOKEN", keys: "authorizationToken,methodArn,type" });
      expect(authorizer.methodArn).toMatch(new RegExp(`^arn:aws:execute-api:${management.region}:\\d{12}:${restApiId}/${stage}/POST/auth/token$`));
    });

    it("a REQUEST authorizer gets the request's parts and methodArn, but no body", async () => {
      const { event } = await probe(ctx(), "POST", "/auth/request?tenant=t1", { headers: { "X-Conformance-Token": ctx().token("allow") }, body: "secret body" });
      const authorizer = event.requestContext.authorizer ?? {};
      const keys = String(authorizer.inputKeys).split(",");
      expect(authorizer.inputType).toBe("REQUEST");
      expect(keys).toEqual(expect.arrayContaining(["methodArn", "resource", "path", "httpMethod", "headers", "multiValueHeaders", "queryStringParameters", "multiValueQueryStringParameters", "pathParameters", "stageVariables", "requestContext"]));
      expect(keys).not.toContain("body");
      expect(authorizer.methodArn).toMatch(/\/POST\/auth\/request$/);
    });

    it("a second request with the same token is answered from the cache (one invocation)", async () => {
      const token = ctx().token("allow");
      const first = await probe(ctx(), "GET", "/auth/token", auth(token));
      const second = await probe(ctx(), "GET", "/auth/token", auth(token));
      expect(second.event.requestContext.authorizer?.invocationId).toBe(first.event.requestContext.authorizer?.invocationId);
      expect(await ctx().invocations(token)).toBe(1);
    });

    it("the cached policy is reused for every method behind the authorizer", async () => {
      const token = ctx().token("allow");
      await probe(ctx(), "GET", "/auth/token", auth(token));
      await probe(ctx(), "POST", "/auth/token", { ...auth(token), body: "{}" });
      await probe(ctx(), "GET", "/auth/token/other", auth(token));
      expect(await ctx().invocations(token)).toBe(1);
    });

    it("a too-narrow cached policy gives the false 403 on the caller's second method", async () => {
      const token = ctx().token("narrow");
      await probe(ctx(), "GET", "/auth/token", auth(token));
      expectGatewayError(await ctx().request("POST", "/auth/token", { ...auth(token), body: "{}" }), GATEWAY_ERRORS.accessDenied);
      expectGatewayError(await ctx().get("/auth/token/other", auth(token).headers), GATEWAY_ERRORS.accessDenied);
      expect(await ctx().invocations(token)).toBe(1);
    });

    it("a Deny result is cached too", async () => {
      const token = ctx().token("deny");
      expectGatewayError(await ctx().get("/auth/token", auth(token).headers), GATEWAY_ERRORS.explicitDeny);
      expectGatewayError(await ctx().get("/auth/token/other", auth(token).headers), GATEWAY_ERRORS.explicitDeny);
      expect(await ctx().invocations(token)).toBe(1);
    });

    it("an explicit Deny wins over an Allow that also matches, per method, from one cached policy", async () => {
      const token = ctx().token("deny-post");
      await probe(ctx(), "GET", "/auth/token", auth(token));
      expectGatewayError(await ctx().request("POST", "/auth/token", { ...auth(token), body: "{}" }), GATEWAY_ERRORS.explicitDeny);
      expect(await ctx().invocations(token)).toBe(1);
    });

    it("TTL 0 disables the cache: the authorizer runs on every request", async () => {
      const token = ctx().token("allow");
      const ids = new Set<unknown>();
      for (let i = 0; i < 3; i++) ids.add((await probe(ctx(), "GET", "/auth/uncached", auth(token))).event.requestContext.authorizer?.invocationId);
      expect({ distinctResults: ids.size, invocations: await ctx().invocations(token) }).toEqual({ distinctResults: 3, invocations: 3 });
    });

    it("FlushStageAuthorizersCache through the SDK empties the cache", async () => {
      const token = ctx().token("narrow");
      await probe(ctx(), "GET", "/auth/token", auth(token));
      expect((await ctx().request("POST", "/auth/token", { ...auth(token), body: "{}" })).status).toBe(403);
      const { restApiId, stage } = ctx().target;
      await ctx().managed.client.send(new FlushStageAuthorizersCacheCommand({ restApiId, stageName: stage }));
      // Re-evaluated for POST: the narrow policy now names POST, so POST passes.
      await probe(ctx(), "POST", "/auth/token", { ...auth(token), body: "{}" });
      expect(await ctx().invocations(token)).toBe(2);
    });

    it("a missing identity source → 401 without invoking the authorizer (REQUEST, query source absent)", async () => {
      const token = ctx().token("allow");
      expectGatewayError(await ctx().get("/auth/request", { "X-Conformance-Token": token }), GATEWAY_ERRORS.unauthorized);
      expect(await ctx().invocations(token)).toBe(0);
    });

    it("a token failing the validation expression → 401 without invoking the authorizer", async () => {
      const token = `${ctx().token("allow")}~not~allowed`;
      expectGatewayError(await ctx().get("/auth/token", { Authorization: token }), GATEWAY_ERRORS.unauthorized);
      expect(await ctx().invocations(token)).toBe(0);
    });

    it("a REQUEST authorizer's cache key is every identity source value", async () => {
      const token = ctx().token("allow");
      const call = (tenant: string) => probe(ctx(), "GET", `/auth/request?tenant=${tenant}`, { headers: { "X-Conformance-Token": token } });
      const a1 = await call("a");
      await call("b");
      const a2 = await call("a");
      expect(a2.event.requestContext.authorizer?.invocationId).toBe(a1.event.requestContext.authorizer?.invocationId);
      expect(await ctx().invocations(token)).toBe(2);
    });

    it("with key source HEADER, an authorizer's usageIdentifierKey does not stand in for x-api-key → 403 Forbidden", async () => {
      expectGatewayError(await ctx().get("/auth/keyed", { Authorization: ctx().token("usage-key") }), GATEWAY_ERRORS.forbidden);
    });

    it("authorizer and API key together: both must pass, and the event carries both identities", async () => {
      const { keyId, keyValue } = await ctx().managed.planWithKey();
      const { event } = await probe(ctx(), "GET", "/auth/keyed", { headers: { Authorization: ctx().token("allow"), "x-api-key": keyValue } });
      expect({ principalId: event.requestContext.authorizer?.principalId, apiKeyId: event.requestContext.identity.apiKeyId }).toEqual({
        principalId: "user-allow",
        apiKeyId: keyId,
      });
    });
  });
}
