import { describe, expect, it } from "vitest";
import { effectiveLimit } from "./quota-period";
import type { QuotaSettings } from "./usage-model";

const at = (iso: string) => Date.parse(iso);
const quota = (overrides: Partial<QuotaSettings> = {}): QuotaSettings => ({ limit: 100, offset: 0, period: "MONTH", ...overrides });

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
