import { afterEach } from "vitest";
import type { ApiDefinition, RouteDefinition } from "../../../src/apigateway/definition";
import { startGateway, type Gateway } from "../../../src/apigateway/gateway-server";
import { FakeInvoker, type FakeHandler } from "./fake-invoker";
import { MemoryUsageGate, type TestKey } from "./memory-usage-gate";

export interface Fixture {
  gateway: Gateway;
  invoker: FakeInvoker;
  usageGate: MemoryUsageGate;
  logs: string[];
  /** fetch against the gateway: `call("GET", "/v1/links", { headers })`. */
  call(method: string, path: string, init?: { headers?: Record<string, string>; body?: string | Buffer }): Promise<Response>;
}

const running: Gateway[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((gateway) => gateway.close()));
});

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

export async function startFixture(
  routes: RouteDefinition[],
  handlers: Record<string, FakeHandler>,
  extra: Partial<ApiDefinition> = {},
  keys: TestKey[] = [],
): Promise<Fixture> {
  const invoker = new FakeInvoker(handlers);
  const usageGate = new MemoryUsageGate(keys);
  const logs: string[] = [];
  const gateway = await startGateway({ definition: definition(routes, handlers, extra), invoker, usageGate, port: 0, host: "127.0.0.1", onAccessLog: (line) => logs.push(line) });
  running.push(gateway);
  return {
    gateway,
    invoker,
    usageGate,
    logs,
    call: (method, path, init = {}) => fetch(`${gateway.url}${path}`, { method, headers: init.headers, body: init.body }),
  };
}

/** A handler that answers 200 with a small JSON body. */
export const ok: FakeHandler = () => ({ statusCode: 200, body: JSON.stringify({ ok: true }) });

/** A handler that echoes the event it received. */
export const probe: FakeHandler = (event) => ({ statusCode: 200, body: JSON.stringify(event) });
