import { describe, expect, it } from "vitest";
import { periodStartOf, usageAgainstQuota } from "./usage-series";

const day = (d: string, used: number) => ({ day: d, used, remaining: 0 });

describe("usageAgainstQuota", () => {
  it("runs a total that restarts at each month for a monthly quota", () => {
    const series = usageAgainstQuota({ quota: { limit: 1000, period: "MONTH" }, days: [day("2026-10-30", 5), day("2026-10-31", 7), day("2026-11-01", 2), day("2026-11-02", 3)] });
    expect(series.map((point) => point.value)).toEqual([5, 12, 2, 5]);
  });

  it("uses each day alone for a daily quota, and Monday-based weeks for a weekly one", () => {
    expect(usageAgainstQuota({ quota: { limit: 10, period: "DAY" }, days: [day("2026-11-01", 4), day("2026-11-02", 6)] }).map((p) => p.value)).toEqual([4, 6]);
    expect(periodStartOf("2026-11-29", "WEEK")).toBe("2026-11-23");
    expect(periodStartOf("2026-11-30", "WEEK")).toBe("2026-11-30");
  });
});
