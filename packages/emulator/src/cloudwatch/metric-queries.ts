import { invalidParameterValue } from "./cloudwatch-errors";
import { minuteOf, sortedDimensions, type Dimensions, type StandardUnit } from "./metric-model";
import type { MetricStore, PeriodAggregate } from "./metric-store";

/** One MetricStat (or GetMetricStatistics) query's periods, with CloudWatch's time rules applied. */
export function queryPeriods(
  store: MetricStore,
  metric: { namespace: string; name: string; dimensions: Dimensions },
  window: { start: number; end: number; periodMs: number; unit?: StandardUnit },
): PeriodAggregate[] {
  // StartTime is inclusive and rounded down to the minute (the rule for data under 15 days old, all
  // that is kept); EndTime is exclusive. Periods start at the rounded StartTime.
  const start = minuteOf(window.start);
  if (start >= window.end) throw invalidParameterValue("The parameter StartTime must be less than the parameter EndTime.");
  return store.aggregate(
    { namespace: metric.namespace, name: metric.name, dimensions: sortedDimensions(metric.dimensions) },
    { start, end: window.end, periodMs: window.periodMs, unit: window.unit },
  );
}
