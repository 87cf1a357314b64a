import type { QuotaPeriod, QuotaSettings } from "./usage-model";

/**
 * Quota periods in UTC. AWS's current API reference does not say where a WEEK starts; this emulator
 * uses ISO weeks (Monday 00:00 UTC). (An older revision of the reference described `offset` as the
 * day a period starts, 0 = Sunday; the current one defines it as requests subtracted in the initial
 * period, which is what `effectiveLimit` implements.)
 */
export const DAY_MS = 86_400_000;

/** Days since the epoch, the ledger's key for a UTC day. */
export function epochDay(ms: number): number {
  return Math.floor(ms / DAY_MS);
}

export function formatEpochDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** Parses `YYYY-MM-DD` (a real calendar date) to an epoch day, or undefined. */
export function parseEpochDay(text: string): number | undefined {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return undefined;
  const ms = Date.parse(`${text}T00:00:00Z`);
  if (Number.isNaN(ms) || formatEpochDay(epochDay(ms)) !== text) return undefined;
  return epochDay(ms);
}

// The last month looked up: admits almost always fall in it, and Date objects are the slow part.
let cachedMonth = { start: 0, end: 0 };

/** Start (epoch ms, UTC) of the period containing `now`. Day and week are plain arithmetic. */
export function periodStart(now: number, period: QuotaPeriod): number {
  const day = epochDay(now);
  switch (period) {
    case "DAY":
      return day * DAY_MS;
    case "WEEK":
      // 1970-01-01 was a Thursday: 3 days after a Monday.
      return (day - ((day + 3) % 7)) * DAY_MS;
    case "MONTH": {
      if (now >= cachedMonth.start && now < cachedMonth.end) return cachedMonth.start;
      const date = new Date(now);
      const start = Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), 1);
      cachedMonth = { start, end: nextPeriodStart(start, "MONTH") };
      return start;
    }
  }
}

/** Start of the period after the one starting at `start`. */
export function nextPeriodStart(start: number, period: QuotaPeriod): number {
  const date = new Date(start);
  switch (period) {
    case "DAY":
      return start + DAY_MS;
    case "WEEK":
      return start + 7 * DAY_MS;
    case "MONTH":
      return Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 1);
  }
}

/** The quota limit in force at `now`: `limit - offset` in the period the quota was set, else `limit`. */
export function effectiveLimit(quota: QuotaSettings, quotaSetAt: number, now: number): number {
  const start = periodStart(now, quota.period);
  const initial = quotaSetAt >= start && quotaSetAt < nextPeriodStart(start, quota.period);
  return initial ? Math.max(0, quota.limit - quota.offset) : quota.limit;
}
