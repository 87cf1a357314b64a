import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { Emulator } from "../../src/emulator";
import { cacheDefinition, call, probeRoute, startCacheStack } from "./support/cache-stack";

const WARNING = "199 Cache-control headers were ignored because the caller was unauthorized.";
const fresh = (token?: string): RequestInit => ({ headers: { "Cache-Control": "max-age=0", ...(token ? { Authorization: token } : {}) } });

const routes = [
  probeRoute("GET", "/warn", { authorizer: "tok" }),
  probeRoute("GET", "/fail", { authorizer: "tok" }),
  probeRoute("GET", "/silent", { authorizer: "tok" }),
  probeRoute("GET", "/public"),
  probeRoute("GET", "/open"),
];
const methodCaching = {
  "*/*": { cachingEnabled: true },
  "/fail/GET": { unauthorizedCacheControlHeaderStrategy: "FAIL_WITH_403" as const },
  "/silent/GET": { unauthorizedCacheControlHeaderStrategy: "SUCCEED_WITHOUT_RESPONSE_HEADER" as const },
  "/open/GET": { requireAuthorizationForCacheControl: false },
};

describe("Cache-Control: max-age=0, by who asks and the method's strategy", () => {
  let emulator: Emulator;
  beforeAll(async () => {
    emulator = await startCacheStack(cacheDefinition(routes, methodCaching));
  }, 60_000);
  afterAll(async () => emulator?.close());
  afterEach(() => emulator.gateway.flushStageCache());

  it("refetches and replaces the entry for a caller whose policy allows execute-api:InvalidateCache", async () => {
    for (const path of ["/warn", "/fail", "/silent"]) {
      const cached = await call(emulator, path, { headers: { Authorization: "reader" } });
      const refreshed = await call(emulator, path, fresh("invalidator"));
      expect(refreshed.status).toBe(200);
      expect(refreshed.serial).not.toBe(cached.serial);
      expect(refreshed.headers.get("warning")).toBeNull();
      // The new answer is the entry now, for every caller.
      expect((await call(emulator, path, { headers: { Authorization: "reader" } })).serial).toBe(refreshed.serial);
    }
  });

  it("SUCCEED_WITH_RESPONSE_HEADER (the default): serves the entry to an unauthorized caller, with the warning", async () => {
    const cached = await call(emulator, "/warn", { headers: { Authorization: "reader" } });
    const answer = await call(emulator, "/warn", fresh("reader"));
    expect(answer.serial).toBe(cached.serial);
    expect(answer.headers.get("warning")).toBe(WARNING);
    // The warning is this answer's alone, never stored with the entry.
    expect((await call(emulator, "/warn", { headers: { Authorization: "reader" } })).headers.get("warning")).toBeNull();
  });

  it("FAIL_WITH_403: refuses an unauthorized invalidation with 403 and keeps the entry", async () => {
    const cached = await call(emulator, "/fail", { headers: { Authorization: "reader" } });
    const response = await fetch(`${emulator.url}/fail`, fresh("reader"));
    expect(response.status).toBe(403);
    expect(response.headers.get("x-amzn-ErrorType")).toBe("AccessDeniedException");
    expect(await response.text()).toBe('{"Message":"User is not authorized to access this resource"}');
    expect((await call(emulator, "/fail", { headers: { Authorization: "reader" } })).serial).toBe(cached.serial);
  });

  it("SUCCEED_WITHOUT_RESPONSE_HEADER: serves the entry silently", async () => {
    const cached = await call(emulator, "/silent", { headers: { Authorization: "reader" } });
    const answer = await call(emulator, "/silent", fresh("reader"));
    expect(answer.serial).toBe(cached.serial);
    expect(answer.headers.get("warning")).toBeNull();
  });

  it("a method without an authorizer has no caller to authorize: its strategy applies to everyone", async () => {
    const cached = await call(emulator, "/public");
    const answer = await call(emulator, "/public", fresh());
    expect(answer.serial).toBe(cached.serial);
    expect(answer.headers.get("warning")).toBe(WARNING);
  });

  it("without requireAuthorizationForCacheControl any caller refreshes the entry", async () => {
    const cached = await call(emulator, "/open");
    const refreshed = await call(emulator, "/open", { headers: { "cache-control": "no-store, Max-Age=0" } });
    expect(refreshed.serial).not.toBe(cached.serial);
    expect((await call(emulator, "/open")).serial).toBe(refreshed.serial);
  });

  it("the authorizer still runs before the cache: a hit is no way around it", async () => {
    await call(emulator, "/warn", { headers: { Authorization: "reader" } });
    expect((await call(emulator, "/warn", { headers: { Authorization: "stranger" } })).status).toBe(401);
    expect((await call(emulator, "/warn")).status).toBe(401);
  });
});
