import type { QuotaPeriod } from "@linkgate/contract";
import { nextPeriodStart, periodStart } from "@linkgate/utc-calendar";

/**
 * The quota period holding `now`: API Gateway resets a usage plan's quota at UTC period boundaries,
 * and so does the emulator, with one calendar for both (`@linkgate/utc-calendar`: days, ISO weeks
 * from Monday 00:00 UTC, months). `end` is exclusive: the instant the quota resets.
 */
export function quotaPeriodOf(period: QuotaPeriod, now: Date): { start: Date; end: Date } {
  const start = periodStart(now.getTime(), period);
  return { start: new Date(start), end: new Date(nextPeriodStart(start, period)) };
}
