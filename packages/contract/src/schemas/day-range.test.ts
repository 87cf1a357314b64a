import { describe, expect, it } from "vitest";
import { DAY_RANGE_MAX_DAYS, daysInRange, resolveDayRange } from "../day-ranges";
import { dayRangeQuerySchema } from "./day-range";

const now = new Date("2026-11-24T23:59:59Z");

describe("dayRangeQuerySchema", () => {
  it("accepts days in order and rejects reversed, malformed or too long ranges", () => {
    expect(dayRangeQuerySchema.safeParse({ from: "2026-11-01", to: "2026-11-24" }).success).toBe(true);
    expect(dayRangeQuerySchema.safeParse({ from: "2026-11-24", to: "2026-11-24" }).success).toBe(true);
    expect(dayRangeQuerySchema.safeParse({ from: "2026-11-25", to: "2026-11-24" }).error?.issues[0]?.message).toBe(
      "from must be on or before to.",
    );
    expect(dayRangeQuerySchema.safeParse({ from: "24/11/2026" }).error?.issues[0]?.message).toBe("Expected a day as YYYY-MM-DD.");
    expect(dayRangeQuerySchema.safeParse({ from: "2025-01-01", to: "2026-11-24" }).error?.issues[0]?.message).toBe(
      `A range covers at most ${DAY_RANGE_MAX_DAYS} days.`,
    );
  });
});

describe("resolveDayRange", () => {
  it("defaults to the last 30 days, today included (UTC)", () => {
    expect(resolveDayRange({}, now)).toEqual({ from: "2026-10-26", to: "2026-11-24" });
    expect(daysInRange(resolveDayRange({}, now))).toHaveLength(30);
  });

  it("counts back from a given `to`, and runs a lone `from` to today", () => {
    expect(resolveDayRange({ to: "2026-03-01" }, now)).toEqual({ from: "2026-01-31", to: "2026-03-01" });
    expect(resolveDayRange({ from: "2026-11-20" }, now)).toEqual({ from: "2026-11-20", to: "2026-11-24" });
  });

  it("caps a lone old `from` at the maximum span, and keeps a future one as a single day", () => {
    const old = resolveDayRange({ from: "2024-01-01" }, now);
    expect(daysInRange(old)).toHaveLength(DAY_RANGE_MAX_DAYS);
    expect(resolveDayRange({ from: "2027-01-01" }, now)).toEqual({ from: "2027-01-01", to: "2027-01-01" });
  });
});

describe("daysInRange", () => {
  it("lists each day across month ends", () => {
    expect(daysInRange({ from: "2026-02-27", to: "2026-03-02" })).toEqual(["2026-02-27", "2026-02-28", "2026-03-01", "2026-03-02"]);
  });
});
