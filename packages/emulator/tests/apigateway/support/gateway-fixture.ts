import { afterEach } from "vitest";
import type { ApiDefinition, RouteDefinition } from "../../../src/apigateway/definition";
import { definition } from "./gateway-fixture-lite";
import { startGateway, type Gateway } from "../../../src/apigateway/gateway-server";
import { FakeInvoker, type FakeHandler } from "./fake-invoker";
import { MemoryUsageGate, type TestKey } from "./memory-usage-gate";

export { definition, route } from "./gateway-fixture-lite";

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
