import { parseRouteRequest, pathIdSchema, routeByName } from "@linkgate/contract";
import { describe, expect, it } from "vitest";
import { proxyEvent } from "../testing/proxy-event";
import { PATH_ONLY_PUBLIC_ROUTES, type PathOnlyPublicRouteName } from "./define-path-handler";

// The path edge checks only that each path parameter is non-empty text: right only while the
// contract's route is public and declares nothing else, which is what this checks.
describe.each(Object.entries(PATH_ONLY_PUBLIC_ROUTES) as [PathOnlyPublicRouteName, readonly string[]][])("the path-only route %s", (name, params) => {
  const route = routeByName(name);

  it("is public, declares these path parameters as any non-empty text, and nothing else", () => {
    expect(route.auth).toBe("public");
    expect(Object.keys(route.request.path.shape)).toEqual([...params]);
    for (const param of params) expect((route.request.path.shape as Record<string, unknown>)[param]).toBe(pathIdSchema);
    expect(Object.keys(route.request.query.shape)).toEqual([]);
    expect(Object.keys(route.request.headers.shape)).toEqual([]);
    expect(route.request.body).toBeUndefined();
  });

  it("parses, with the full edge, to just its path parameters whatever else comes", () => {
    const values = Object.fromEntries(params.map((param) => [param, "Ab3-x"]));
    const event = proxyEvent({ route: name, pathParameters: values, query: { utm_source: "mail" }, headers: { "Idempotency-Key": "" } });
    expect(parseRouteRequest(name, event)).toEqual({ success: true, input: { path: values, query: {}, headers: {}, body: undefined } });
    expect(parseRouteRequest(name, { ...event, pathParameters: Object.fromEntries(params.map((param) => [param, ""])) }).success).toBe(false);
  });
});
