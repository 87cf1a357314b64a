/**
 * The gateway's own work per request, without HTTP: route, authorizer (cached), usage gate, throttle,
 * event build and serialisation, and response validation, run in a loop. Prints µs per request for
 * each route class, and for a stage cache hit (no event built, no function called).
 *
 *   npx tsx tests/apigateway/bench/pipeline-bench.ts [requests=200000]
 *
 * Prints, never asserts.
 */
import { AuthorizerCache } from "../../../src/apigateway/authorizer/cache";
import { compileStage } from "../../../src/apigateway/compiled-stage";
import { newRequestIds, type GatewayRequest } from "../../../src/apigateway/gateway-request";
import { handleRequest } from "../../../src/apigateway/handle-request";
import { resolveStagePath } from "../../../src/apigateway/stage-path";
import { definition, route } from "../support/gateway-fixture-lite";
import type { FakeHandler } from "../support/fake-invoker";
import { leanInvoker } from "../support/lean-invoker";
import type { UsageGate } from "../../../src/usage/usage-gate";
import { allowAll } from "../support/policies";

const requests = Number(process.argv[2] ?? 200_000);
const KEY = { id: "bench-key", value: "bench-key-0123456789abcdef" };
const handlers: Record<string, FakeHandler> = { fn: () => ({ statusCode: 200, body: '{"ok":true}' }), authFn: () => allowAll("bench-user") };
const invoker = leanInvoker(handlers);
const stage = compileStage(
  definition([route("GET", "/health", "fn"), route("GET", "/me", "fn", { authorizer: "auth" }), route("GET", "/v1/links", "fn", { apiKeyRequired: true })], handlers, {
    authorizers: { auth: { type: "TOKEN", function: "authFn", identitySource: ["method.request.header.Authorization"] } },
    // The account throttle would (rightly) refuse a tight loop; this measures the work, not the limit.
    methodThrottling: {},
  }),
  invoker,
  new AuthorizerCache(),
);
(stage as unknown as { throttle: { tryTake: () => boolean } }).throttle = { tryTake: () => true };
// Its own stage, so the rows above run without a cache cluster, as a stage without one does.
const cachedStage = compileStage(
  definition([route("GET", "/cached", "fn")], handlers, { cacheClusterEnabled: true, methodCaching: { "*/*": { cachingEnabled: true } }, methodThrottling: {} }),
  invoker,
  new AuthorizerCache(),
);
(cachedStage as unknown as { throttle: { tryTake: () => boolean } }).throttle = { tryTake: () => true };
// A lean gate (no recording), so the loop measures the gateway, not the test double.
const usageGate: UsageGate = {
  admit: ({ apiKeyValue }) => (apiKeyValue === KEY.value ? { admitted: true, apiKeyId: KEY.id, apiKeyValue, usagePlanId: "plan" } : { admitted: false, reason: "Forbidden" }),
};
const deps = { invoker, usageGate };

const baseHeaders = ["Host", "127.0.0.1:3000", "User-Agent", "bench/1.0", "Accept", "*/*"];
// Built as gateway-server.ts's `serve` builds it (no object spread: see there).
const request = (path: string, headers: string[] = []): GatewayRequest => {
  const ids = newRequestIds();
  return {
    requestId: ids.requestId,
    extendedRequestId: ids.extendedRequestId,
    requestTimeEpoch: Date.now(),
    httpMethod: "GET",
    path,
    sentPath: path,
    rawQuery: "",
    rawHeaders: [...baseHeaders, ...headers],
    sourceIp: "127.0.0.1",
    localPort: "3000",
    host: "127.0.0.1:3000",
    protocol: "HTTP/1.1",
    body: Buffer.alloc(0),
    traceId: "",
  };
};

async function measure(name: string, path: string, headers: string[] = [], on = stage) {
  for (let i = 0; i < 2_000; i += 1) await handleRequest(on, deps, request(path, headers), resolveStagePath(on.router, "test", "GET", path).match, {});
  const started = performance.now();
  for (let i = 0; i < requests; i += 1) {
    const outcome = await handleRequest(on, deps, request(path, headers), resolveStagePath(on.router, "test", "GET", path).match, {});
    if (outcome.kind !== "integration") throw new Error(`${name}: unexpected ${JSON.stringify(outcome)}`);
  }
  const micros = ((performance.now() - started) * 1000) / requests;
  console.log(`${name.padEnd(30)} ${micros.toFixed(1).padStart(7)} µs/request`);
}

console.log(`${requests} requests per row, Node ${process.version}`);
await measure("public", "/health");
await measure("authorizer (cached)", "/me", ["Authorization", "Bearer bench"]);
await measure("API key + usage plan", "/v1/links", ["x-api-key", KEY.value]);
await measure("public, stage cache hit", "/cached", [], cachedStage);
