import { nextPeriodStart, periodStart } from "@linkgate/utc-calendar";
import type { QuotaSettings } from "./usage-model";

/**
 * Quota periods are UTC calendar periods (`@linkgate/utc-calendar`: ISO weeks, Monday 00:00 UTC, as
 * AWS's current API reference does not say where a WEEK starts). An older revision of the reference
 * described `offset` as the day a period starts, 0 = Sunday; the current one defines it as requests
 * subtracted in the initial period, which is what `effectiveLimit` implements.
 */

/** The quota limit in force at `now`: `limit - offset` in the period the quota was set, else `limit`. */
export function effectiveLimit(quota: QuotaSettings, quotaSetAt: number, now: number): number {
  const start = periodStart(now, quota.period);
  const initial = quotaSetAt >= start && quotaSetAt < nextPeriodStart(start, quota.period);
  return initial ? Math.max(0, quota.limit - quota.offset) : quota.limit;
}
