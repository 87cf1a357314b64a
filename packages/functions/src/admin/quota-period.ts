import type { QuotaPeriod } from "@linkgate/contract";

const DAY_MS = 86_400_000;

/**
 * Quota periods in UTC, as the emulator meters them (AWS does not say where a WEEK starts; both
 * use ISO weeks, Monday 00:00 UTC). `end` is exclusive: the instant the quota resets.
 */
export function quotaPeriodOf(period: QuotaPeriod, now: Date): { start: Date; end: Date } {
  const year = now.getUTCFullYear();
  const month = now.getUTCMonth();
  const dayStart = Date.UTC(year, month, now.getUTCDate());
  switch (period) {
    case "DAY":
      return { start: new Date(dayStart), end: new Date(dayStart + DAY_MS) };
    case "WEEK": {
      const sinceMonday = (now.getUTCDay() + 6) % 7;
      const start = dayStart - sinceMonday * DAY_MS;
      return { start: new Date(start), end: new Date(start + 7 * DAY_MS) };
    }
    case "MONTH":
      return { start: new Date(Date.UTC(year, month, 1)), end: new Date(Date.UTC(year, month + 1, 1)) };
  }
}

export const dayOf = (date: Date) => date.toISOString().slice(0, 10);
