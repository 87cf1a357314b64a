import { describe, expect, it } from "vitest";
import { quotaPeriodOf } from "./quota-period";

describe("quotaPeriodOf", () => {
  const now = new Date("2026-11-26T15:30:00Z"); // a Thursday

  it.each([
    ["DAY", "2026-11-26T00:00:00.000Z", "2026-11-27T00:00:00.000Z"],
    ["WEEK", "2026-11-23T00:00:00.000Z", "2026-11-30T00:00:00.000Z"],
    ["MONTH", "2026-11-01T00:00:00.000Z", "2026-12-01T00:00:00.000Z"],
  ] as const)("%s runs from its UTC start to the next one", (period, start, end) => {
    const found = quotaPeriodOf(period, now);
    expect([found.start.toISOString(), found.end.toISOString()]).toEqual([start, end]);
  });

  it("starts a week on the Monday itself", () => {
    expect(quotaPeriodOf("WEEK", new Date("2026-11-23T00:00:00Z")).start.toISOString()).toBe("2026-11-23T00:00:00.000Z");
  });

  it("rolls a December month into January", () => {
    expect(quotaPeriodOf("MONTH", new Date("2026-12-31T23:59:59Z")).end.toISOString()).toBe("2027-01-01T00:00:00.000Z");
  });
});
