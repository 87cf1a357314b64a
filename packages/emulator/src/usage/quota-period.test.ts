import { describe, expect, it } from "vitest";
import { effectiveLimit, nextPeriodStart, parseEpochDay, periodStart } from "./quota-period";
import type { QuotaSettings } from "./usage-model";

const at = (iso: string) => Date.parse(iso);
const quota = (overrides: Partial<QuotaSettings> = {}): QuotaSettings => ({ limit: 100, offset: 0, period: "MONTH", ...overrides });

describe("periodStart (UTC)", () => {
  it("DAY starts at 00:00 UTC, whatever the local clock says", () => {
    expect(periodStart(at("2026-11-24T23:59:59.999Z"), "DAY")).toBe(at("2026-11-24T00:00:00Z"));
    expect(periodStart(at("2026-11-25T00:00:00Z"), "DAY")).toBe(at("2026-11-25T00:00:00Z"));
  });

  it("WEEK starts on Monday 00:00 UTC", () => {
    expect(periodStart(at("2026-11-29T23:59:59Z"), "WEEK")).toBe(at("2026-11-23T00:00:00Z")); // Sunday
    expect(periodStart(at("2026-11-30T00:00:00Z"), "WEEK")).toBe(at("2026-11-30T00:00:00Z")); // Monday
    expect(periodStart(at("2027-01-01T12:00:00Z"), "WEEK")).toBe(at("2026-12-28T00:00:00Z")); // across a year
  });

  it("MONTH starts on the 1st, including leap February", () => {
    expect(periodStart(at("2028-02-29T18:00:00Z"), "MONTH")).toBe(at("2028-02-01T00:00:00Z"));
    expect(nextPeriodStart(at("2028-02-01T00:00:00Z"), "MONTH")).toBe(at("2028-03-01T00:00:00Z"));
    expect(nextPeriodStart(at("2026-12-01T00:00:00Z"), "MONTH")).toBe(at("2027-01-01T00:00:00Z"));
  });
});

describe("effectiveLimit", () => {
  it("subtracts offset only in the period the quota was set", () => {
    const set = at("2026-11-10T00:00:00Z");
    expect(effectiveLimit(quota({ offset: 30 }), set, at("2026-11-30T23:59:59Z"))).toBe(70);
    expect(effectiveLimit(quota({ offset: 30 }), set, at("2026-12-01T00:00:00Z"))).toBe(100);
  });

  it("applies the offset per DAY and WEEK period too", () => {
    const set = at("2026-11-24T10:00:00Z");
    expect(effectiveLimit(quota({ offset: 5, period: "DAY" }), set, at("2026-11-24T23:00:00Z"))).toBe(95);
    expect(effectiveLimit(quota({ offset: 5, period: "DAY" }), set, at("2026-11-25T00:00:00Z"))).toBe(100);
    expect(effectiveLimit(quota({ offset: 5, period: "WEEK" }), set, at("2026-11-29T23:00:00Z"))).toBe(95);
    expect(effectiveLimit(quota({ offset: 5, period: "WEEK" }), set, at("2026-11-30T00:00:00Z"))).toBe(100);
  });
});

describe("parseEpochDay", () => {
  it("accepts real calendar dates only", () => {
    expect(parseEpochDay("2026-11-24")).toBe(at("2026-11-24T00:00:00Z") / 86_400_000);
    expect(parseEpochDay("2026-02-30")).toBeUndefined();
    expect(parseEpochDay("24/11/2026")).toBeUndefined();
  });
});
