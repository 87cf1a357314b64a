import type { ApiDefinition, RouteDefinition } from "../../../src/apigateway/definition";
import type { FakeHandler } from "./fake-invoker";

/** Definition builders without a test runner, shared by the tests and the benchmark. */
export const route = (method: RouteDefinition["method"], path: string, fn: string, extra: Partial<RouteDefinition> = {}): RouteDefinition => ({
  method,
  path,
  function: fn,
  ...extra,
});

/** A definition with restApiId `api123` and stage `test`; functions are declared for every handler name. */
export function definition(routes: RouteDefinition[], handlers: Record<string, FakeHandler>, extra: Partial<ApiDefinition> = {}): ApiDefinition {
  return {
    restApiId: "api123",
    stage: "test",
    routes,
    functions: Object.fromEntries(Object.keys(handlers).map((name) => [name, { entry: `${name}.ts` }])),
    ...extra,
  };
}
