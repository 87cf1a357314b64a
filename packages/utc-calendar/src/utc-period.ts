import { DAY_MS, epochDay } from "./utc-day";

/**
 * A calendar period in UTC: a day, an ISO week (Monday 00:00 UTC; AWS does not say where a usage
 * plan's WEEK starts, so the emulator and the admin views both use ISO weeks) or a month.
 */
export type CalendarPeriod = "DAY" | "WEEK" | "MONTH";

// The last month looked up: a quota check almost always falls in it, and Date objects are the slow
// part (the emulator's admit path asks for the month and its end on every request). NaN: no month yet.
let cachedMonth = { start: Number.NaN, end: Number.NaN };

/** Start (epoch ms) of the period containing `now`. Day and week are plain arithmetic. */
export function periodStart(now: number, period: CalendarPeriod): number {
  const day = epochDay(now);
  switch (period) {
    case "DAY":
      return day * DAY_MS;
    case "WEEK":
      // 1970-01-01 was a Thursday: 3 days after a Monday. (`% 7` keeps the sign, hence `+ 7` before 1970.)
      return (day - ((((day + 3) % 7) + 7) % 7)) * DAY_MS;
    case "MONTH": {
      if (now >= cachedMonth.start && now < cachedMonth.end) return cachedMonth.start;
      const start = firstOfMonth(now, 0);
      cachedMonth = { start, end: firstOfMonth(now, 1) };
      return start;
    }
  }
}

/** Start of the period after the one starting at `start`: the exclusive end of that period. */
export function nextPeriodStart(start: number, period: CalendarPeriod): number {
  switch (period) {
    case "DAY":
      return start + DAY_MS;
    case "WEEK":
      return start + 7 * DAY_MS;
    case "MONTH":
      return start === cachedMonth.start ? cachedMonth.end : firstOfMonth(start, 1);
  }
}

/** 00:00 UTC on the 1st of the month `monthsAhead` after the one holding `ms`. (Not Date.UTC: it reads years 0–99 as 1900–1999.) */
function firstOfMonth(ms: number, monthsAhead: number): number {
  const date = new Date(ms);
  date.setUTCMonth(date.getUTCMonth() + monthsAhead, 1);
  return date.setUTCHours(0, 0, 0, 0);
}
