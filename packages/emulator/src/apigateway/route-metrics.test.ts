import { describe, expect, it } from "vitest";
import { LatencyHistogram, RouteMetrics } from "./route-metrics";

describe("LatencyHistogram", () => {
  it("reports percentiles within one ~10% bucket", () => {
    const histogram = new LatencyHistogram();
    for (let ms = 1; ms <= 100; ms += 1) histogram.record(ms);
    expect(histogram.quantile(0.5)).toBeGreaterThanOrEqual(50);
    expect(histogram.quantile(0.5)).toBeLessThanOrEqual(55);
    expect(histogram.quantile(0.99)).toBeGreaterThanOrEqual(99);
    expect(histogram.quantile(0.99)).toBeLessThanOrEqual(109);
  });

  it("is 0 when empty and caps huge values at the last bucket", () => {
    const histogram = new LatencyHistogram();
    expect(histogram.quantile(0.5)).toBe(0);
    histogram.record(10 * 60_000);
    expect(histogram.quantile(0.99)).toBeGreaterThan(60_000);
    expect(histogram.quantile(0.99)).toBeLessThan(70_000);
  });
});

describe("RouteMetrics", () => {
  it("classifies statuses and gateway error types", () => {
    const metrics = new RouteMetrics();
    metrics.record("GET /x", 200, 1, undefined);
    metrics.record("GET /x", 429, 1, "TooManyRequestsException");
    metrics.record("GET /x", 429, 1, "LimitExceededException");
    metrics.record("GET /x", 502, 1, "InternalServerErrorException");
    expect(metrics.snapshot()).toEqual([
      { route: "GET /x", count: 4, status4xx: 2, status5xx: 1, throttled: 1, quotaExceeded: 1, p50Ms: expect.any(Number), p99Ms: expect.any(Number) },
    ]);
  });
});
