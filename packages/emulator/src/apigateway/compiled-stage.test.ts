import { describe, expect, it } from "vitest";
import type { LambdaInvoker } from "../lambda/invoker";
import { AuthorizerCache } from "./authorizer/cache";
import { compileStage } from "./compiled-stage";
import type { ApiDefinition } from "./definition";

const invoker: LambdaInvoker = { invoke: () => Promise.reject(new Error("not invoked")), close: () => Promise.resolve() };
const definition = (extra: Partial<ApiDefinition>): ApiDefinition => ({
  restApiId: "api",
  stage: "test",
  routes: [{ method: "GET", path: "/a", function: "fn" }],
  functions: { fn: { entry: "fn.ts" } },
  ...extra,
});

describe("compileStage", () => {
  it("refuses an account throttle the control plane would refuse for a plan, with the same message", () => {
    expect(() => compileStage(definition({ accountThrottle: { rateLimit: 100, burstLimit: 1.5 } }), invoker, new AuthorizerCache())).toThrow(
      "accountThrottle: burstLimit must be an integer >= 0, got 1.5",
    );
    expect(() => compileStage(definition({ accountThrottle: { rateLimit: -1, burstLimit: 10 } }), invoker, new AuthorizerCache())).toThrow(/rateLimit must be a number >= 0/);
  });

  it("keys each route's metrics by its method and normalised resource path", () => {
    const routes: ApiDefinition["routes"] = [
      { method: "GET", path: "/v1/links/", function: "fn" },
      { method: "ANY", path: "/v1/links/{code}", function: "fn" },
    ];
    const stage = compileStage(definition({ routes }), invoker, new AuthorizerCache());
    expect(routes.map((route) => stage.routeKeys.get(route))).toEqual(["GET /v1/links", "ANY /v1/links/{code}"]);
  });
});
