import { formatEpochDay, parseEpochDay, utcDay } from "@linkgate/utc-calendar";
import * as z from "zod";
import { daySchema } from "./common.schemas";

/** Longest `from`..`to` span a stats or usage query may ask for, both days included. */
export const DAY_RANGE_MAX_DAYS = 366;
/** When `from` is absent: this many days ending at `to` (both included). */
export const DAY_RANGE_DEFAULT_DAYS = 30;

/** Epoch day of a day `daySchema` accepted; NaN for any other text, so no span check fires on it. */
const dayNumber = (day: string) => parseEpochDay(day) ?? Number.NaN;

/** `?from=&to=` days (UTC). Defaults are applied by `resolveDayRange`, which needs the clock. */
export const dayRangeQuerySchema = z
  .object({
    from: daySchema.optional().describe(`First day (UTC), included. Default: ${DAY_RANGE_DEFAULT_DAYS - 1} days before \`to\`.`),
    to: daySchema.optional().describe("Last day (UTC), included. Default: today."),
  })
  .superRefine((range, ctx) => {
    if (!range.from || !range.to) return;
    const span = dayNumber(range.to) - dayNumber(range.from) + 1;
    if (span < 1) ctx.addIssue({ code: "custom", path: ["from"], message: "from must be on or before to." });
    if (span > DAY_RANGE_MAX_DAYS) {
      ctx.addIssue({ code: "custom", path: ["from"], message: `A range covers at most ${DAY_RANGE_MAX_DAYS} days.` });
    }
  });
export type DayRangeQuery = z.infer<typeof dayRangeQuerySchema>;

/**
 * The range a query means, defaults applied: `to` = today (UTC), `from` = `to` minus 29 days.
 * A given `from` with no `to` runs to today, capped at the maximum span.
 */
export function resolveDayRange(query: DayRangeQuery, now: Date = new Date()): { from: string; to: string } {
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
