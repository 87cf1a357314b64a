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

/** Start (epoch ms, UTC) of the period containing `now`. */
export function periodStart(now: number, period: QuotaPeriod): number {
  const date = new Date(now);
  const year = date.getUTCFullYear();
  const month = date.getUTCMonth();
  const day = date.getUTCDate();
  switch (period) {
    case "DAY":
      return Date.UTC(year, month, day);
    case "WEEK":
      return Date.UTC(year, month, day - ((date.getUTCDay() + 6) % 7));
    case "MONTH":
      return Date.UTC(year, month, 1);
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
  const initial = periodStart(quotaSetAt, quota.period) === periodStart(now, quota.period);
  return initial ? Math.max(0, quota.limit - quota.offset) : quota.limit;
}
