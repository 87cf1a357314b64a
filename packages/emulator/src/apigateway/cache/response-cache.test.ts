import { describe, expect, it } from "vitest";
import type { IntegrationReply } from "../proxy-response";
import { MAX_CACHED_RESPONSE_BYTES } from "./cache-definition";
import { ResponseCache } from "./response-cache";

const reply = (body: string): IntegrationReply => ({ status: 200, headers: new Map([["content-type", { name: "Content-Type", values: ["text/plain"] }]]), body });

describe("ResponseCache", () => {
  it("serves an entry until its TTL has passed, then forgets it", () => {
    const cache = new ResponseCache(1_000_000);
    cache.set("k", reply("a"), 1_000, 0);
    expect(cache.get("k", 999)?.body).toBe("a");
    expect(cache.get("k", 1_000)).toBeUndefined();
    expect(cache.size).toBe(0);
    expect(cache.usedBytes).toBe(0);
  });

  it("stays within its bytes by dropping the least recently used entries", () => {
    const cache = new ResponseCache(1_000);
    cache.set("a", reply("x".repeat(300)), 60_000, 0);
    cache.set("b", reply("x".repeat(300)), 60_000, 0);
    cache.get("a", 1); // a is now the most recently used
    cache.set("c", reply("x".repeat(300)), 60_000, 2);
    expect(cache.get("b", 3)).toBeUndefined();
    expect(cache.get("a", 3)).toBeDefined();
    expect(cache.get("c", 3)).toBeDefined();
    expect(cache.usedBytes).toBeLessThanOrEqual(1_000);
  });

  it("refuses a response over AWS's 1 MB limit, and one larger than the whole cluster", () => {
    expect(new ResponseCache(10 * MAX_CACHED_RESPONSE_BYTES).set("big", reply("x".repeat(MAX_CACHED_RESPONSE_BYTES)), 1_000, 0)).toBe(false);
    const small = new ResponseCache(100);
    expect(small.set("k", reply("x".repeat(200)), 1_000, 0)).toBe(false);
    expect(small.size).toBe(0);
  });

  it("replaces an entry of the same key and empties on flush", () => {
    const cache = new ResponseCache(10_000);
    cache.set("k", reply("old"), 1_000, 0);
    cache.set("k", reply("new"), 1_000, 0);
    expect(cache.get("k", 1)?.body).toBe("new");
    expect(cache.size).toBe(1);
    cache.flush();
    expect(cache.size).toBe(0);
    expect(cache.usedBytes).toBe(0);
  });
});
