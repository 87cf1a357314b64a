import type { QuotaPeriod } from "@linkgate/contract";
import { nextPeriodStart, periodStart } from "@linkgate/utc-calendar";

/**
 * The quota period holding `now`, as the emulator meters it: UTC calendar periods, ISO weeks from
 * Monday 00:00 UTC (`@linkgate/utc-calendar`). `end` is exclusive: the instant the quota resets.
 */
export function quotaPeriodOf(period: QuotaPeriod, now: Date): { start: Date; end: Date } {
  const start = periodStart(now.getTime(), period);
  return { start: new Date(start), end: new Date(nextPeriodStart(start, period)) };
}
