import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import type { Emulator } from "../../src/emulator";
import { cacheDefinition, call, invocations, probeRoute, startCacheStack } from "./support/cache-stack";

const routes = [
  probeRoute("GET", "/catalog", { cacheKeyParameters: ["method.request.querystring.lang", "method.request.header.X-Tenant"] }),
  probeRoute("POST", "/catalog"),
  probeRoute("GET", "/items/{id}"),
  probeRoute("GET", "/things/{id}", { cacheKeyParameters: ["method.request.path.id"] }),
  probeRoute("GET", "/fresh"),
  probeRoute("GET", "/brief"),
  probeRoute("PUT", "/writes"),
  probeRoute("GET", "/limited"),
];
const methodCaching = {
  "*/*": { cachingEnabled: true },
  "/fresh/GET": { cachingEnabled: false },
  "/brief/GET": { cacheTtlInSeconds: 5 },
  "/writes/PUT": { cachingEnabled: true },
};

describe("the stage cache, through startEmulator over HTTP", () => {
  let emulator: Emulator;
  beforeAll(async () => {
    // /limited: a burst of 2 and no refill to speak of, so a third call is throttled however long the calls take.
    emulator = await startCacheStack(cacheDefinition(routes, methodCaching, { methodThrottling: { "/limited/GET": { rateLimit: 0.001, burstLimit: 2 } } }));
  }, 60_000);
  afterAll(async () => emulator?.close());
  afterEach(() => {
    vi.useRealTimers();
    emulator.gateway.flushStageCache();
  });

  it("answers a repeated GET from the cache without invoking the function, headers and status included", async () => {
    const before = invocations(emulator);
    const first = await call(emulator, "/catalog");
    const second = await call(emulator, "/catalog");
    expect(first.status).toBe(200);
    expect(second.serial).toBe(first.serial);
    expect(second.headers.get("x-probe")).toBe("1");
    // Every answer still has its own request id.
    expect(second.headers.get("x-amzn-RequestId")).not.toBe(first.headers.get("x-amzn-RequestId"));
    expect(invocations(emulator) - before).toBe(1);
  });

  it("sends each caller its own X-Amzn-Trace-Id on a hit, not the one of the request that filled the entry", async () => {
    const filled = await call(emulator, "/catalog", { headers: { "X-Amzn-Trace-Id": "Root=1-67891233-abcdef012345678912345678" } });
    const hit = await call(emulator, "/catalog", { headers: { "X-Amzn-Trace-Id": "Root=1-67891233-111111111111111111111111" } });
    expect(hit.serial).toBe(filled.serial);
    expect(filled.headers.get("x-amzn-trace-id")).toContain("Root=1-67891233-abcdef012345678912345678");
    expect(hit.headers.get("x-amzn-trace-id")).toContain("Root=1-67891233-111111111111111111111111");
  });

  it("keys entries by the chosen query parameter and header, and by nothing else", async () => {
    const en = await call(emulator, "/catalog?lang=en&page=1");
    expect((await call(emulator, "/catalog?lang=en&page=2")).serial).toBe(en.serial);
    expect((await call(emulator, "/catalog?lang=fr")).serial).not.toBe(en.serial);
    const tenant = await call(emulator, "/catalog?lang=en", { headers: { "X-Tenant": "a" } });
    expect(tenant.serial).not.toBe(en.serial);
    expect((await call(emulator, "/catalog?lang=en", { headers: { "x-tenant": "a" } })).serial).toBe(tenant.serial);
  });

  it("shares one entry across path parameter values unless the parameter is a cache key, as on AWS", async () => {
    const one = await call(emulator, "/items/1");
    expect((await call(emulator, "/items/2")).serial).toBe(one.serial);
    const thing = await call(emulator, "/things/1");
    expect((await call(emulator, "/things/2")).serial).not.toBe(thing.serial);
    expect((await call(emulator, "/things/1")).serial).toBe(thing.serial);
  });

  it("caches GET only under */*; another method is cached only by its own setting", async () => {
    const post = await call(emulator, "/catalog", { method: "POST" });
    expect((await call(emulator, "/catalog", { method: "POST" })).serial).not.toBe(post.serial);
    const put = await call(emulator, "/writes", { method: "PUT" });
    expect((await call(emulator, "/writes", { method: "PUT" })).serial).toBe(put.serial);
  });

  it("never caches a method whose setting turns caching off", async () => {
    const first = await call(emulator, "/fresh");
    expect((await call(emulator, "/fresh")).serial).not.toBe(first.serial);
  });

  it("keeps an integration's error response too, as AWS caches whatever the integration answered", async () => {
    const first = await call(emulator, "/catalog?lang=xx&status=503");
    expect(first.status).toBe(503);
    const second = await call(emulator, "/catalog?lang=xx&status=200");
    expect(second.status).toBe(503);
    expect(second.serial).toBe(first.serial);
  });

  it("throttles a hit like any other request: the cache sits after the stage's throttle", async () => {
    const first = await call(emulator, "/limited");
    expect((await call(emulator, "/limited")).serial).toBe(first.serial);
    const third = await call(emulator, "/limited");
    expect(third.status).toBe(429);
    expect(third.headers.get("x-amzn-ErrorType")).toBe("TooManyRequestsException");
  });

  it("expires an entry after its method's TTL (the clock moved, not waited for)", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    const first = await call(emulator, "/brief");
    vi.setSystemTime(Date.now() + 4_000);
    expect((await call(emulator, "/brief")).serial).toBe(first.serial);
    vi.setSystemTime(Date.now() + 1_001);
    const after = await call(emulator, "/brief");
    expect(after.serial).not.toBe(first.serial);
    // The default TTL (300 s) holds on another route at the same moment.
    const catalog = await call(emulator, "/catalog?lang=ttl");
    vi.setSystemTime(Date.now() + 299_000);
    expect((await call(emulator, "/catalog?lang=ttl")).serial).toBe(catalog.serial);
  });
});
