import { describe, expect, it } from "vitest";
import type { ContextRef } from "../context";
import { expectGatewayError, GATEWAY_ERRORS } from "../gateway-errors";
import { probe } from "./probe";

/** Route matching: static beats `{param}`, `{proxy+}` is greedy, ANY, the root, unknowns → 403. */
export function routingCases(ctx: ContextRef): void {
  describe("routing", () => {
    it("a static segment beats a {param} sibling", async () => {
      const { event } = await probe(ctx(), "GET", "/items/special");
      expect({ resource: event.resource, pathParameters: event.pathParameters }).toEqual({ resource: "/items/special", pathParameters: null });
    });

    it("{param} captures one segment into pathParameters", async () => {
      const { event } = await probe(ctx(), "GET", "/items/42");
      expect({ resource: event.resource, path: event.path, pathParameters: event.pathParameters }).toEqual({
        resource: "/items/{id}",
        path: "/items/42",
        pathParameters: { id: "42" },
      });
    });

    it("{param} never takes two segments → 403 Missing Authentication Token", async () => {
      expectGatewayError(await ctx().get("/items/42/extra"), GATEWAY_ERRORS.missingAuthenticationToken);
    });

    it("{proxy+} is greedy: it takes every remaining segment", async () => {
      const { event } = await probe(ctx(), "GET", "/files/a/b/c.txt");
      expect({ resource: event.resource, pathParameters: event.pathParameters }).toEqual({ resource: "/files/{proxy+}", pathParameters: { proxy: "a/b/c.txt" } });
    });

    it("{proxy+} needs at least one segment: its bare parent is not a resource → 403", async () => {
      expectGatewayError(await ctx().get("/files"), GATEWAY_ERRORS.missingAuthenticationToken);
    });

    it("ANY answers every verb and reports the real one in httpMethod", async () => {
      for (const method of ["GET", "POST", "PUT", "DELETE", "PATCH"]) {
        const { event } = await probe(ctx(), method, "/any");
        expect({ method, resource: event.resource, httpMethod: event.httpMethod, contextMethod: event.requestContext.httpMethod }).toEqual({
          method,
          resource: "/any",
          httpMethod: method,
          contextMethod: method,
        });
      }
    });

    it("the root resource / is routable", async () => {
      const { event } = await probe(ctx(), "GET", "/");
      expect({ resource: event.resource, path: event.path, pathParameters: event.pathParameters }).toEqual({ resource: "/", path: "/", pathParameters: null });
    });

    it("the stage URL without a trailing slash reaches the root resource", async () => {
      const { event } = await probe(ctx(), "GET", "");
      expect({ resource: event.resource, path: event.path }).toEqual({ resource: "/", path: "/" });
    });

    it("the same resource routes each declared verb to its own method", async () => {
      const { event: get } = await probe(ctx(), "GET", "/probe");
      const { event: post } = await probe(ctx(), "POST", "/probe", { body: "x" });
      expect([get.httpMethod, post.httpMethod]).toEqual(["GET", "POST"]);
    });

    it("the stage is in requestContext.path, not in path", async () => {
      const { event } = await probe(ctx(), "GET", "/items/7");
      const { stage } = ctx().target;
      expect({ path: event.path, contextPath: event.requestContext.path, stage: event.requestContext.stage }).toEqual({
        path: "/items/7",
        contextPath: `/${stage}/items/7`,
        stage,
      });
    });
  });
}
