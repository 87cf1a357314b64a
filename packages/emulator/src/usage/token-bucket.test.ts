import { describe, expect, it } from "vitest";
import { TokenBucket } from "./token-bucket";

describe("TokenBucket", () => {
  it("admits a full burst at once, then throttles", () => {
    const bucket = new TokenBucket(1, 3, 0);
    expect([1, 2, 3, 4].map(() => bucket.tryTake(0))).toEqual([true, true, true, false]);
  });

  it("refills at the rate, never above the burst", () => {
    const bucket = new TokenBucket(2, 2, 0);
    bucket.tryTake(0);
    bucket.tryTake(0);
    expect(bucket.tryTake(400)).toBe(false); // 0.8 tokens
    expect(bucket.tryTake(500)).toBe(true); // 1.0 token
    expect([bucket.tryTake(60_000), bucket.tryTake(60_000), bucket.tryTake(60_000)]).toEqual([true, true, false]);
  });

  it("applies new limits at once", () => {
    const bucket = new TokenBucket(100, 100, 0);
    bucket.reconfigure(1, 1, 0);
    expect([bucket.tryTake(0), bucket.tryTake(0)]).toEqual([true, false]);
  });
});
