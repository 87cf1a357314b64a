import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DAY_MS, utcDay } from "./utc-day";
import { nextPeriodStart, periodStart } from "./utc-period";

const at = (iso: string) => Date.parse(iso);
/** Any instant of years 0001–9999. */
const instant = fc.integer({ min: at("0001-01-01T00:00:00Z"), max: at("9999-12-31T23:59:59.999Z") });

describe("periodStart (UTC)", () => {
  it("DAY starts at 00:00 UTC, whatever the local clock says", () => {
    expect(periodStart(at("2026-11-24T23:59:59.999Z"), "DAY")).toBe(at("2026-11-24T00:00:00Z"));
    expect(periodStart(at("2026-11-25T00:00:00Z"), "DAY")).toBe(at("2026-11-25T00:00:00Z"));
  });

  it("WEEK starts on Monday 00:00 UTC", () => {
    expect(periodStart(at("2026-11-29T23:59:59Z"), "WEEK")).toBe(at("2026-11-23T00:00:00Z")); // Sunday
    expect(periodStart(at("2026-11-30T00:00:00Z"), "WEEK")).toBe(at("2026-11-30T00:00:00Z")); // Monday
    expect(periodStart(at("2027-01-01T12:00:00Z"), "WEEK")).toBe(at("2026-12-28T00:00:00Z")); // across a year
    expect(periodStart(at("1969-12-31T12:00:00Z"), "WEEK")).toBe(at("1969-12-29T00:00:00Z")); // before the epoch
  });

  it("MONTH starts on the 1st, including leap February", () => {
    expect(periodStart(at("2028-02-29T18:00:00Z"), "MONTH")).toBe(at("2028-02-01T00:00:00Z"));
    expect(nextPeriodStart(at("2028-02-01T00:00:00Z"), "MONTH")).toBe(at("2028-03-01T00:00:00Z"));
    expect(nextPeriodStart(at("2026-12-01T00:00:00Z"), "MONTH")).toBe(at("2027-01-01T00:00:00Z"));
    expect(nextPeriodStart(at("2100-02-01T00:00:00Z"), "MONTH")).toBe(at("2100-03-01T00:00:00Z") ); // 2100 is no leap year
    expect(nextPeriodStart(at("2100-02-01T00:00:00Z"), "MONTH") - at("2100-02-01T00:00:00Z")).toBe(28 * DAY_MS);
  });

  it("property: DAY is the instant's UTC day, end exclusive", () => {
    fc.assert(
      fc.property(instant, (now) => {
        const start = periodStart(now, "DAY");
        expect(utcDay(start)).toBe(utcDay(now));
        expect(new Date(start).toISOString().slice(10)).toBe("T00:00:00.000Z");
        expect(now < nextPeriodStart(start, "DAY") && utcDay(nextPeriodStart(start, "DAY")) !== utcDay(now)).toBe(true);
      }),
    );
  });

  it("property: a WEEK starts on a Monday at 00:00 UTC, holds the instant and lasts 7 days", () => {
    fc.assert(
      fc.property(instant, (now) => {
        const start = periodStart(now, "WEEK");
        const end = nextPeriodStart(start, "WEEK");
        expect(new Date(start).getUTCDay()).toBe(1);
        expect(new Date(start).toISOString().slice(10)).toBe("T00:00:00.000Z");
        expect(start <= now && now < end).toBe(true);
        expect(end - start).toBe(7 * DAY_MS);
      }),
    );
  });

  it("property: a MONTH runs from the 1st of the instant's month to the 1st of the next, whatever was asked before", () => {
    // Several instants in a row, so the cached month is exercised in and out of its range.
    fc.assert(
      fc.property(fc.array(instant, { minLength: 1, maxLength: 8 }), (instants) => {
        for (const now of instants) {
          const start = periodStart(now, "MONTH");
          const end = nextPeriodStart(start, "MONTH");
          expect(utcDay(start)).toBe(`${utcDay(now).slice(0, 7)}-01`);
          expect(new Date(start).toISOString().slice(10)).toBe("T00:00:00.000Z");
          expect(start <= now && now < end).toBe(true);
          expect(utcDay(end).slice(8)).toBe("01");
          expect([28, 29, 30, 31]).toContain((end - start) / DAY_MS);
        }
      }),
    );
  });

  it("property: a month next to one asked before is still answered right (the cache's edges)", () => {
    fc.assert(
      fc.property(instant, fc.integer({ min: -2, max: 2 }), (now, step) => {
        const start = periodStart(now, "MONTH");
        const neighbour = step < 0 ? start + step : nextPeriodStart(start, "MONTH") + step - 1;
        expect(utcDay(periodStart(neighbour, "MONTH"))).toBe(`${utcDay(neighbour).slice(0, 7)}-01`);
      }),
    );
  });
});
