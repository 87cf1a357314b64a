import { describe, expect, it } from "vitest";
import { StageThrottle } from "./stage-throttle";

describe("StageThrottle", () => {
  it("gives each method its own bucket from the */* defaults", () => {
    const throttle = new StageThrottle({ "*/*": { rateLimit: 1, burstLimit: 1 } }, undefined, 0);
    expect(throttle.tryTake("/a", "GET", 0)).toBe(true);
    expect(throttle.tryTake("/a", "GET", 0)).toBe(false);
    expect(throttle.tryTake("/b", "GET", 0)).toBe(true);
  });

  it("lets a /path/VERB setting override the defaults, root keyed //GET", () => {
    const throttle = new StageThrottle({ "*/*": { rateLimit: 1, burstLimit: 1 }, "//GET": { rateLimit: 1, burstLimit: 3 } }, undefined, 0);
    expect([1, 2, 3, 4].map(() => throttle.tryTake("/", "GET", 0))).toEqual([true, true, true, false]);
  });

  it("applies the account limit across all methods", () => {
    const throttle = new StageThrottle({}, { rateLimit: 1, burstLimit: 2 }, 0);
    expect([throttle.tryTake("/a", "GET", 0), throttle.tryTake("/b", "POST", 0), throttle.tryTake("/c", "GET", 0)]).toEqual([true, true, false]);
    expect(throttle.tryTake("/c", "GET", 1000)).toBe(true);
  });
});
