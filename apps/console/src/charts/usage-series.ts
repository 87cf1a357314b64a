import type { PartnerUsage, QuotaPeriod } from "@linkgate/contract";

/** First UTC day of the quota period a day falls in (API Gateway periods: DAY, WEEK from Monday, MONTH). */
export function periodStartOf(day: string, period: QuotaPeriod): string {
  if (period === "DAY") return day;
  if (period === "MONTH") return `${day.slice(0, 8)}01`;
  const date = new Date(`${day}T00:00:00Z`);
  const sinceMonday = (date.getUTCDay() + 6) % 7;
  return new Date(date.getTime() - sinceMonday * 86_400_000).toISOString().slice(0, 10);
}

/**
 * Calls used so far in each day's quota period: what the quota line is compared with. For a DAY
 * quota that is the day's calls; for WEEK and MONTH a running total that restarts with each period.
 */
export function usageAgainstQuota(usage: Pick<PartnerUsage, "days" | "quota">): { day: string; value: number }[] {
  let period = "";
  let total = 0;
  return usage.days.map(({ day, used }) => {
    const start = periodStartOf(day, usage.quota.period);
    if (start !== period) {
      period = start;
      total = 0;
    }
    total += used;
    return { day, value: total };
  });
}
