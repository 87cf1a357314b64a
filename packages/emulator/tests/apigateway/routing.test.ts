import { describe, expect, it } from "vitest";
import type { FakeHandler } from "./support/fake-invoker";
import { route, startFixture } from "./support/gateway-fixture";

/** A handler that says which route answered and with which path parameters. */
const named =
  (name: string): FakeHandler =>
  (event) => ({ statusCode: 200, body: JSON.stringify({ name, params: (event as { pathParameters: unknown }).pathParameters }) });

const routes = [
  route("GET", "/", "root"),
  route("GET", "/health", "health"),
  route("GET", "/{code}", "redirect"),
  route("GET", "/v1/links/{code}", "getLink"),
  route("GET", "/v1/links/stats", "stats"),
  route("ANY", "/files/{proxy+}", "files"),
  route("POST", "/files/{proxy+}", "upload"),
];
const handlers = Object.fromEntries(["root", "health", "redirect", "getLink", "stats", "files", "upload"].map((name) => [name, named(name)]));

async function answer(call: (method: string, path: string) => Promise<Response>, method: string, path: string) {
  const response = await call(method, path);
  return response.status === 200 ? ((await response.json()) as { name: string; params: unknown }) : response.status;
}

describe("routing over HTTP", () => {
  it("follows API Gateway's precedence", async () => {
    const { call } = await startFixture(routes, handlers);
    expect(await answer(call, "GET", "/")).toEqual({ name: "root", params: null });
    expect(await answer(call, "GET", "/health")).toEqual({ name: "health", params: null });
    expect(await answer(call, "GET", "/abc123")).toEqual({ name: "redirect", params: { code: "abc123" } });
    expect(await answer(call, "GET", "/v1/links/stats")).toEqual({ name: "stats", params: null });
    expect(await answer(call, "GET", "/v1/links/xyz")).toEqual({ name: "getLink", params: { code: "xyz" } });
    expect(await answer(call, "PUT", "/files/a/b.txt")).toEqual({ name: "files", params: { proxy: "a/b.txt" } });
    expect(await answer(call, "POST", "/files/a/b.txt")).toEqual({ name: "upload", params: { proxy: "a/b.txt" } });
    expect(await answer(call, "GET", "/v1/links")).toBe(403);
    expect(await answer(call, "DELETE", "/health")).toBe(403);
  });

  it("also serves the stage under /{stage}, the root mapping winning when both match", async () => {
    const { call, invoker } = await startFixture(routes, handlers);
    expect(await answer(call, "GET", "/test/health")).toEqual({ name: "health", params: null });
    expect(await answer(call, "GET", "/test/v1/links/xyz")).toEqual({ name: "getLink", params: { code: "xyz" } });
    expect(await answer(call, "GET", "/test/")).toEqual({ name: "redirect", params: { code: "test" } });
    expect(await answer(call, "GET", "/test/nothing/here")).toBe(403);
    const event = invoker.lastEvent("getLink") as { path: string; requestContext: { path: string } };
    expect(event.path).toBe("/v1/links/xyz");
    expect(event.requestContext.path).toBe("/test/v1/links/xyz");
  });

  it("picks up a new definition", async () => {
    const { call, gateway } = await startFixture([route("GET", "/health", "health")], handlers);
    expect(await answer(call, "GET", "/v1/links/stats")).toBe(403);
    gateway.updateDefinition({
      restApiId: "api123",
      stage: "test",
      routes,
      functions: Object.fromEntries(Object.keys(handlers).map((name) => [name, { entry: `${name}.ts` }])),
    });
    expect(await answer(call, "GET", "/v1/links/stats")).toEqual({ name: "stats", params: null });
  });
});
