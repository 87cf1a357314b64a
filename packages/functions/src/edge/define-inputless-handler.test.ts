import { parseRouteRequest, routeByName } from "@linkgate/contract";
import { describe, expect, it } from "vitest";
import { proxyEvent } from "../testing/proxy-event";
import { INPUTLESS_PUBLIC_ROUTES } from "./define-inputless-handler";

// The inputless edge skips identifying and parsing: right only while the contract's route is public
// and parsing any event gives empty parts, which is what this checks for every route it serves.
describe.each(INPUTLESS_PUBLIC_ROUTES)("the inputless route %s", (name) => {
  const route = routeByName(name);

  it("is public and declares no parameter, header or body", () => {
    expect(route.auth).toBe("public");
    expect(Object.keys(route.request.path.shape)).toEqual([]);
    expect(Object.keys(route.request.query.shape)).toEqual([]);
    expect(Object.keys(route.request.headers.shape)).toEqual([]);
    expect(route.request.body).toBeUndefined();
  });

  it("parses any event to the empty input, as the full edge would", () => {
    const event = proxyEvent({
      route: name,
      pathParameters: { code: "x" },
      query: { utm_source: "mail" },
      headers: { "Idempotency-Key": "" },
      body: "{ not json",
    });
    expect(parseRouteRequest(name, event)).toEqual({ success: true, input: { path: {}, query: {}, headers: {}, body: undefined } });
  });
});
