import { formatEpochDay, parseEpochDay, utcDay } from "@linkgate/utc-calendar";

/*
 * Day ranges (`?from=&to=`, UTC days) as the API and the domain read them. No zod here: core reads
 * these without bundling it; the query's schema is schemas/day-range.ts.
 */

/** Longest `from`..`to` span a stats or usage query may ask for, both days included. */
export const DAY_RANGE_MAX_DAYS = 366;
/** When `from` is absent: this many days ending at `to` (both included). */
export const DAY_RANGE_DEFAULT_DAYS = 30;

/** Epoch day of a `YYYY-MM-DD` day; NaN for any other text, so no span check fires on it. */
export const dayNumber = (day: string) => parseEpochDay(day) ?? Number.NaN;

/**
 * The range a query means, defaults applied: `to` = today (UTC), `from` = `to` minus 29 days.
 * A given `from` with no `to` runs to today, capped at the maximum span.
 */
export function resolveDayRange(query: { from?: string | undefined; to?: string | undefined }, now: Date = new Date()): { from: string; to: string } {
  const today = utcDay(now);
  if (query.from && !query.to) {
    const cappedTo = Math.min(dayNumber(today), dayNumber(query.from) + DAY_RANGE_MAX_DAYS - 1);
    return { from: query.from, to: formatEpochDay(Math.max(cappedTo, dayNumber(query.from))) };
  }
  const to = query.to ?? today;
  const from = query.from ?? formatEpochDay(dayNumber(to) - (DAY_RANGE_DEFAULT_DAYS - 1));
  return { from, to };
}

/** Every day from `from` to `to`, both included (for filling days without data). */
export function daysInRange(range: { from: string; to: string }): string[] {
  const days: string[] = [];
  for (let n = dayNumber(range.from); n <= dayNumber(range.to); n++) days.push(formatEpochDay(n));
  return days;
}
