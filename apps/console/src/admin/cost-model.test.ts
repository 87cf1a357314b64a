import { describe, expect, it } from "vitest";
import { estimateMonthlyCost } from "./cost-model";

describe("estimateMonthlyCost", () => {
  it("scales the window to 30 days and prices a million calls a month", () => {
    const estimate = estimateMonthlyCost(100_000, 3);
    expect(estimate.monthlyCalls).toBeCloseTo(1_000_000, 3);
    expect(estimate.apiGateway).toBeCloseTo(3.5, 6);
    // 0.20 requests + 1e6 × 1 GB × 0.05 s × 0.0000166667 = 0.20 + 0.833335
    expect(estimate.lambda).toBeCloseTo(1.033335, 6);
    // one write (0.625) and one read (0.125) per call
    expect(estimate.dynamodb).toBeCloseTo(0.75, 6);
    expect(estimate.total).toBeCloseTo(3.5 + 1.033335 + 0.75, 6);
  });

  it("is zero without calls", () => {
    expect(estimateMonthlyCost(0, 30).total).toBe(0);
  });

  it("adds the cache cluster's hourly price for every hour of the 30-day month", () => {
    const without = estimateMonthlyCost(100_000, 3);
    expect(without.cache).toBe(0);
    const small = estimateMonthlyCost(100_000, 3, "0.5");
    // $0.02 an hour × 720 hours
    expect(small.cache).toBeCloseTo(14.4, 6);
    expect(small.total).toBeCloseTo(without.total + 14.4, 6);
    // $3.80 an hour × 720 hours, traffic or not
    expect(estimateMonthlyCost(0, 30, "237").total).toBeCloseTo(2736, 6);
  });

  it("flags a cluster size it has no price for, instead of pricing it at zero silently", () => {
    const estimate = estimateMonthlyCost(0, 30, "999");
    expect(estimate.cache).toBe(0);
    expect(estimate.unpricedCacheSizeGb).toBe("999");
  });
});
