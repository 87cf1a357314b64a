import { describe, expect, it } from "vitest";
import type { HttpMethod, RouteDefinition } from "./definition";
import { Router, splitPath } from "./router";

const route = (method: HttpMethod, path: string): RouteDefinition => ({ method, path, function: `${method} ${path}` });

const matched = (router: Router, method: string, path: string) => {
  const match = router.match(method, path);
  return match.kind === "method" ? { fn: match.route.function, params: match.pathParameters } : match.kind;
};

describe("Router", () => {
  const router = new Router([
    route("GET", "/"),
    route("GET", "/health"),
    route("GET", "/{code}"),
    route("GET", "/v1/links"),
    route("POST", "/v1/links"),
    route("GET", "/v1/links/{code}"),
    route("GET", "/v1/links/stats"),
    route("ANY", "/files/{proxy+}"),
    route("GET", "/a/{x}/c"),
    route("GET", "/a/b"),
  ]);

  it("matches the root", () => {
    expect(matched(router, "GET", "/")).toEqual({ fn: "GET /", params: null });
  });

  it("prefers a static segment over a parameter", () => {
    expect(matched(router, "GET", "/health")).toEqual({ fn: "GET /health", params: null });
    expect(matched(router, "GET", "/v1/links/stats")).toEqual({ fn: "GET /v1/links/stats", params: null });
    expect(matched(router, "GET", "/v1/links/abc")).toEqual({ fn: "GET /v1/links/{code}", params: { code: "abc" } });
  });

  it("binds a parameter to one segment", () => {
    expect(matched(router, "GET", "/xyz")).toEqual({ fn: "GET /{code}", params: { code: "xyz" } });
  });

  it("backtracks from a static branch that leads nowhere", () => {
    expect(matched(router, "GET", "/a/b/c")).toEqual({ fn: "GET /a/{x}/c", params: { x: "b" } });
  });

  it("lets {proxy+} take one or more segments, under ANY", () => {
    expect(matched(router, "DELETE", "/files/a/b/c.txt")).toEqual({ fn: "ANY /files/{proxy+}", params: { proxy: "a/b/c.txt" } });
    expect(matched(new Router([route("ANY", "/files/{proxy+}")]), "GET", "/files")).toBe("no-resource");
  });

  it("tells an unknown resource from an unknown method", () => {
    expect(matched(router, "GET", "/v1/nothing")).toBe("no-resource");
    expect(matched(router, "DELETE", "/v1/links")).toBe("no-method");
  });

  it("ignores a trailing slash", () => {
    expect(matched(router, "GET", "/v1/links/")).toEqual({ fn: "GET /v1/links", params: null });
  });

  it("rejects duplicate routes", () => {
    expect(() => new Router([route("GET", "/x"), route("GET", "/x/")])).toThrow(/Duplicate route/);
  });

  it("gives every resource a stable id", () => {
    const again = new Router([route("GET", "/health")]);
    const id = (r: Router) => r.resources.find((resource) => resource.path === "/health")?.id;
    expect(id(again)).toBe(id(router));
    expect(id(again)).toMatch(/^[a-z0-9_-]{6}$/);
  });
});

describe("splitPath", () => {
  it.each<[string, string[]]>([
    ["", []],
    ["/", []],
    ["///", []],
    ["/a", ["a"]],
    ["a/b", ["a", "b"]],
    ["/a/b/", ["a", "b"]],
    ["//a//b//", ["a", "", "b"]],
    ["/%2F/x", ["%2F", "x"]],
  ])("splits %j, ignoring leading and trailing slashes", (path, segments) => {
    expect(splitPath(path)).toEqual(segments);
  });
});
