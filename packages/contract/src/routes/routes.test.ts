import { describe, expect, it } from "vitest";
import * as z from "zod";
import { errorStatuses } from "../error-codes";
import { plans } from "../plans";
import { planSchema } from "../schemas/plan-definition.schemas";
import { authModes, httpMethods, type AnyRoute } from "../route";
import { isReservedCode } from "../rules";
import { isRouteName, routeByName, routeNames, routes } from "./index";

const allRoutes = routes as readonly AnyRoute[];
const staticSegments = (path: string) => path.split("/").filter((segment) => segment && !segment.startsWith("{"));
const pathParams = (path: string) => [...path.matchAll(/\{([^}]+)\}/g)].map((match) => match[1]);

describe("route list invariants", () => {
  it("has unique names, and unique method + path pairs", () => {
    expect(new Set(routeNames).size).toBe(routes.length);
    const keys = allRoutes.map((route) => `${route.method} ${route.path}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it.each(allRoutes.map((route) => [route.name, route] as const))("%s is well formed", (name, route) => {
    expect(name).toMatch(/^[a-z][A-Za-z0-9]*$/);
    expect(httpMethods).toContain(route.method);
    expect(authModes).toContain(route.auth);
    expect(route.path).toMatch(/^\/([A-Za-z0-9._-]+|\{[A-Za-z]+\})(\/([A-Za-z0-9._-]+|\{[A-Za-z]+\}))*$/);
    expect(route.summary.length).toBeGreaterThan(0);
    expect(route.tags.length).toBeGreaterThan(0);
    // Request schemas: every part present; path schema names exactly the path's parameters.
    for (const part of [route.request.path, route.request.query, route.request.headers]) expect(part).toBeInstanceOf(z.ZodObject);
    expect(Object.keys(route.request.path.shape).sort()).toEqual(pathParams(route.path).sort());
    if (route.method === "PATCH") expect(route.request.body).toBeInstanceOf(z.ZodType);
    if (route.method === "GET" || route.method === "DELETE") expect(route.request.body).toBeUndefined();
    // Responses: at least one success, each with a body or declared headers (204 has neither).
    const successes = Object.entries(route.responses);
    expect(successes.length).toBeGreaterThan(0);
    for (const [status, spec] of successes) {
      expect(spec.description.length).toBeGreaterThan(0);
      if (status !== "204") expect(spec.body ?? spec.headers).toBeInstanceOf(z.ZodType);
    }
    // Errors: at least one, all known, every route may fail with a 500.
    expect(route.errors.length).toBeGreaterThan(0);
    for (const status of route.errors) expect(errorStatuses).toContain(status);
    expect(route.errors).toContain(500);
  });

  it("documents on every route what the gateway answers for its auth mode, and 503 beside 500", () => {
    const gateway = { public: [], user: [401, 403], admin: [401, 403], partner: [403, 429], partnerAccount: [401, 403] };
    for (const route of allRoutes) {
      for (const status of [...gateway[route.auth], 503]) expect(route.errors, route.name).toContain(status);
      expect([...route.errors].sort((a, b) => a - b), route.name).toEqual(route.errors);
    }
  });

  it("puts each auth mode under its own prefix", () => {
    for (const route of allRoutes) {
      const first = `/${route.path.split("/")[1]}`;
      if (route.auth === "user") expect(first, route.name).toBe("/me");
      if (route.auth === "admin") expect(first, route.name).toBe("/admin");
      if (route.auth === "partner") expect(first, route.name).toBe("/v1");
      if (route.auth === "partnerAccount") expect(first, route.name).toBe("/portal");
      // A public route may live under /portal (sign-up), never under another mode's prefix.
      if (route.auth === "public") expect(["/me", "/admin", "/v1"], route.name).not.toContain(first);
    }
  });

  it("reserves every first static path segment, so no short code can be taken for a route", () => {
    for (const route of allRoutes) {
      const [first] = route.path.split("/").filter(Boolean);
      if (first && !first.startsWith("{")) expect(isReservedCode(first), `${route.path}: '${first}'`).toBe(true);
    }
  });

  it("lets GET /{code} shadow nothing but reserved words", () => {
    // API Gateway matches static segments before {param}: a one-segment GET route wins over the
    // redirect only for its exact word, which must therefore never be a code.
    const singleSegmentGets = allRoutes.filter((route) => route.method === "GET" && route.path.split("/").length === 2);
    const staticOnes = singleSegmentGets.filter((route) => staticSegments(route.path).length === 1);
    expect(staticOnes.map((route) => route.path).sort()).toEqual(["/health", "/me", "/openapi.json"]);
    for (const route of staticOnes) expect(isReservedCode(staticSegments(route.path)[0]!)).toBe(true);
    expect(singleSegmentGets.filter((route) => route.path === "/{code}").map((route) => route.name)).toEqual(["redirect"]);
  });

  it("declares the error body's statuses per auth mode", () => {
    for (const route of allRoutes) {
      if (route.auth === "user" || route.auth === "admin" || route.auth === "partnerAccount") expect(route.errors, route.name).toEqual(expect.arrayContaining([401, 403]));
      if (route.auth === "partner") expect(route.errors, route.name).toEqual(expect.arrayContaining([403, 429]));
      if (Object.keys(route.request.path.shape).length > 0 && route.name !== "redirect") expect(route.errors, route.name).toContain(404);
      // Anything that validates can answer 400.
      const validates = route.request.body || Object.keys({ ...route.request.query.shape, ...route.request.headers.shape }).length > 0;
      if (validates) expect(route.errors, route.name).toContain(400);
    }
  });
});

describe("routeByName", () => {
  it("finds a route and rejects unknown names", () => {
    expect(routeByName("createMyLink")).toMatchObject({ method: "POST", path: "/me/links", auth: "user" });
    expect(isRouteName("createMyLink")).toBe(true);
    expect(isRouteName("nope")).toBe(false);
    expect(() => routeByName("nope" as never)).toThrow("No route named 'nope'.");
  });
});

describe("plans", () => {
  it("are valid plans with unique ids", () => {
    for (const plan of plans) expect(planSchema.safeParse(plan).success, plan.id).toBe(true);
    expect(new Set(plans.map((plan) => plan.id)).size).toBe(plans.length);
  });
});

describe("path parameters", () => {
  it("accept any non-empty value, so an unknown or odd id is the service's 404, never a 400", () => {
    for (const route of allRoutes) {
      const odd = Object.fromEntries(Object.keys(route.request.path.shape).map((name) => [name, `${"x".repeat(300)} é/%`]));
      expect(route.request.path.safeParse(odd).success, route.name).toBe(true);
    }
  });
});
