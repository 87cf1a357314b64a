import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DAY_MS, epochDay, formatEpochDay, parseEpochDay, utcDay } from "./utc-day";

const at = (iso: string) => Date.parse(iso);
const pad = (n: number, width: number) => String(n).padStart(width, "0");
/** The Gregorian rule, written out independently of Date. */
const isLeapYear = (year: number) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
const daysInMonth = (year: number, month: number) => [31, isLeapYear(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!;

const FIRST_DAY = epochDay(at("0000-01-01T00:00:00Z"));
const LAST_DAY = epochDay(at("9999-12-31T00:00:00Z"));

describe("epochDay", () => {
  it("counts whole UTC days since 1970-01-01, before 1970 too", () => {
    expect(epochDay(at("1970-01-01T00:00:00Z"))).toBe(0);
    expect(epochDay(at("1970-01-01T23:59:59.999Z"))).toBe(0);
    expect(epochDay(at("1970-01-02T00:00:00Z"))).toBe(1);
    expect(epochDay(at("1969-12-31T23:59:59.999Z"))).toBe(-1);
    expect(epochDay(at("2026-11-24T12:00:00Z"))).toBe(at("2026-11-24T00:00:00Z") / DAY_MS);
  });
});

describe("utcDay", () => {
  it("is the UTC day of an instant, as a Date or epoch ms", () => {
    expect(utcDay(new Date("2026-11-24T23:59:59.999Z"))).toBe("2026-11-24");
    expect(utcDay(at("2026-11-25T00:00:00Z"))).toBe("2026-11-25");
    // 23:30 in New York on the 24th is already the 25th in UTC.
    expect(utcDay(new Date("2026-11-24T23:30:00-05:00"))).toBe("2026-11-25");
  });
});

describe("parseEpochDay", () => {
  it("accepts real calendar dates only, leap days by the Gregorian rule", () => {
    expect(parseEpochDay("2026-11-24")).toBe(at("2026-11-24T00:00:00Z") / DAY_MS);
    expect(parseEpochDay("2028-02-29")).toBe(at("2028-02-29T00:00:00Z") / DAY_MS);
    expect(parseEpochDay("2000-02-29")).toBeDefined();
    for (const impossible of ["2026-02-29", "1900-02-29", "2026-02-30", "2026-04-31", "2026-13-01", "2026-00-10", "2026-01-00"]) {
      expect(parseEpochDay(impossible)).toBeUndefined();
    }
  });

  it("refuses anything but YYYY-MM-DD", () => {
    for (const text of ["24/11/2026", "2026-11-24T00:00:00Z", "2026-1-24", "+02026-11-24", " 2026-11-24", ""]) {
      expect(parseEpochDay(text)).toBeUndefined();
    }
  });

  it("property: defined exactly for the real dates of four-digit years", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }), (year, month, day) => {
        const real = month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
        expect(parseEpochDay(`${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`) !== undefined).toBe(real);
      }),
      { numRuns: 2_000 },
    );
  });
});

describe("formatEpochDay", () => {
  it("writes YYYY-MM-DD", () => {
    expect(formatEpochDay(0)).toBe("1970-01-01");
    expect(formatEpochDay(-1)).toBe("1969-12-31");
    expect(formatEpochDay(at("2028-02-29T00:00:00Z") / DAY_MS)).toBe("2028-02-29");
  });

  it("property: parse(format(day)) is the day, for every day of years 0000–9999", () => {
    fc.assert(fc.property(fc.integer({ min: FIRST_DAY, max: LAST_DAY }), (day) => {
        expect(parseEpochDay(formatEpochDay(day))).toBe(day);
      }));
  });

  it("property: consecutive days are consecutive dates (month and year ends, leap days)", () => {
    fc.assert(
      fc.property(fc.integer({ min: FIRST_DAY, max: LAST_DAY - 1 }), (day) => {
        const [year, month, date] = formatEpochDay(day).split("-").map(Number) as [number, number, number];
        const next = date < daysInMonth(year, month) ? [year, month, date + 1] : month < 12 ? [year, month + 1, 1] : [year + 1, 1, 1];
        expect(formatEpochDay(day + 1)).toBe(`${pad(next[0]!, 4)}-${pad(next[1]!, 2)}-${pad(next[2]!, 2)}`);
      }),
    );
  });
});
