import { routes, type AnyRoute } from "@linkgate/contract";
import type { APIGatewayAuthorizerResult } from "aws-lambda";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type * as HandlerModule from "../src/handler";
import { startAuthorizerFixture, type AuthorizerFixture } from "../src/testing/authorizer-fixture";
import { methodArnFor, tokenEvent } from "../src/testing/events";
import { policyAllows } from "../src/testing/policy-match";

/** `/admin/plans/{planId}` → `/admin/plans/p1`: a concrete path as it appears in a methodArn. */
const concretePath = (route: AnyRoute) => route.path.replace(/\{[^}]+\}/g, "p1");
const label = (route: AnyRoute) => `${route.method} ${route.path}`;
const byAuth = (auth: AnyRoute["auth"]) => (routes as readonly AnyRoute[]).filter((route) => route.auth === auth);

describe("policies against every contract route (none hand-listed)", () => {
  let fixture: AuthorizerFixture;
  let userPolicy: APIGatewayAuthorizerResult;
  let adminPolicy: APIGatewayAuthorizerResult;
  const allows = (policy: APIGatewayAuthorizerResult, route: AnyRoute) => policyAllows(policy, methodArnFor(route.method, concretePath(route)));

  beforeAll(async () => {
    fixture = await startAuthorizerFixture(inject("dynamodbEndpoint"));
    const { handler } = (await import("../src/handler")) as typeof HandlerModule;
    // Each policy is produced by one route and, as API Gateway does, reused for all the others.
    userPolicy = await handler(tokenEvent(`Bearer ${fixture.user.accessToken}`, "GET", "/me"));
    adminPolicy = await handler(tokenEvent(`Bearer ${fixture.admin.accessToken}`, "GET", "/me/links"));
  });
  afterAll(async () => {
    await fixture?.stop();
  });

  it("the contract has user and admin routes, under /me and /admin (what the policy relies on)", () => {
    expect(byAuth("user").length).toBeGreaterThan(0);
    expect(byAuth("admin").length).toBeGreaterThan(0);
    for (const route of byAuth("user")) expect(route.path, label(route)).toMatch(/^\/me(\/|$)/);
    for (const route of byAuth("admin")) expect(route.path, label(route)).toMatch(/^\/admin(\/|$)/);
  });

  it("a user's policy allows every user route and no admin route", () => {
    for (const route of byAuth("user")) expect(allows(userPolicy, route), label(route)).toBe(true);
    for (const route of byAuth("admin")) expect(allows(userPolicy, route), label(route)).toBe(false);
  });

  it("an admin's policy allows every user and admin route", () => {
    for (const route of [...byAuth("user"), ...byAuth("admin")]) expect(allows(adminPolicy, route), label(route)).toBe(true);
  });

  it("no policy covers partner routes (they are API-key routes)", () => {
    for (const route of byAuth("partner")) {
      expect(allows(userPolicy, route), label(route)).toBe(false);
      expect(allows(adminPolicy, route), label(route)).toBe(false);
    }
  });
});
