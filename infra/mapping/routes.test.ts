import { describe, expect, it } from "vitest";
import type { ContractRouteShape, RouteAuth } from "./routes";
import { apiRouteFor, apiRoutesFor, routeArgsFor, sstHandlerFor } from "./routes";

function aRoute(overrides: Partial<ContractRouteShape> = {}): ContractRouteShape {
  return { name: "getMyLink", method: "GET", path: "/me/links/{code}", auth: "user", ...overrides };
}

describe("apiRouteFor", () => {
  it("builds SST's route key and handler from the contract route", () => {
    const spec = apiRouteFor(aRoute({ name: "createMyLink", method: "post", path: "/me/links" }));
    expect(spec.routeKey).toBe("POST /me/links");
    expect(spec.handler).toBe("packages/functions/src/handlers/links.createMyLink");
    expect(apiRouteFor(aRoute({ name: "getPartner", path: "/admin/partners/{partnerId}" })).handler).toBe("packages/functions/src/handlers/get-partner.handler");
  });

  it.each<[RouteAuth, { authorizer: boolean; apiKey: boolean; admin: boolean; partnerAccount: boolean }]>([
    ["public", { authorizer: false, apiKey: false, admin: false, partnerAccount: false }],
    ["user", { authorizer: true, apiKey: false, admin: false, partnerAccount: false }],
    ["admin", { authorizer: true, apiKey: false, admin: true, partnerAccount: false }],
    ["partner", { authorizer: false, apiKey: true, admin: false, partnerAccount: false }],
    ["partnerAccount", { authorizer: true, apiKey: false, admin: false, partnerAccount: true }],
  ])("maps auth %s to the gateway's checks", (auth, expected) => {
    const spec = apiRouteFor(aRoute({ auth }));
    expect({ authorizer: spec.authorizer, apiKey: spec.apiKey, admin: spec.admin, partnerAccount: spec.partnerAccount }).toEqual(expected);
  });

  it("rejects a method API Gateway does not have and a relative path", () => {
    expect(() => apiRouteFor(aRoute({ method: "FETCH" }))).toThrow(/unsupported method "FETCH"/);
    expect(() => apiRouteFor(aRoute({ path: "me/links" }))).toThrow(/must start with "\/"/);
  });
});

describe("apiRoutesFor", () => {
  it("refuses a route declared twice, by name or by method and path", () => {
    expect(() => apiRoutesFor([aRoute(), aRoute({ path: "/other" })])).toThrow(/route name "getMyLink" more than once/);
    expect(() => apiRoutesFor([aRoute(), aRoute({ name: "other" })])).toThrow(/"GET \/me\/links\/\{code\}" more than once/);
  });
});

describe("routeArgsFor", () => {
  it("puts the authorizer on user and admin routes and an API key on partner routes, nothing on public ones", () => {
    expect(routeArgsFor(apiRouteFor(aRoute({ auth: "user" })), "auth-id")).toEqual({ name: "getMyLink", auth: { custom: "auth-id" } });
    expect(routeArgsFor(apiRouteFor(aRoute({ auth: "admin" })), "auth-id")).toEqual({ name: "getMyLink", auth: { custom: "auth-id" } });
    expect(routeArgsFor(apiRouteFor(aRoute({ auth: "partner" })), "auth-id")).toEqual({ name: "getMyLink", apiKey: true });
    expect(routeArgsFor(apiRouteFor(aRoute({ auth: "public" })), "auth-id")).toEqual({ name: "getMyLink" });
  });
});

describe("sstHandlerFor", () => {
  it("drops the extension and appends the export", () => {
    expect(sstHandlerFor({ file: "packages/authorizer/src/handler.ts", export: "handler" })).toBe("packages/authorizer/src/handler.handler");
  });
});
