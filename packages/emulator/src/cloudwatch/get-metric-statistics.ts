import { invalidParameterCombination, invalidParameterValue } from "./cloudwatch-errors";
import { dimensionsOf, optionalArray, optionalUnit, periodOf, requiredString, requiredTimestamp, type Input } from "./cloudwatch-input";
import type { MetricStore } from "./metric-store";
import { queryPeriods } from "./metric-queries";
import { isBasicStatistic, percentileOf, statisticValue } from "./statistics";

/** GetMetricStatistics returns at most 1,440 data points per call. */
const MAX_DATAPOINTS = 1_440;

export function getMetricStatistics(store: MetricStore, input: Input): { Label: string; Datapoints: Record<string, unknown>[] } {
  const namespace = requiredString(input, "Namespace");
  const name = requiredString(input, "MetricName");
  const dimensions = dimensionsOf(input);
  const start = requiredTimestamp(input, "StartTime");
  const end = requiredTimestamp(input, "EndTime");
  const periodMs = periodOf(input.Period);
  const unit = optionalUnit(input);
  const statistics = optionalArray(input, "Statistics", 5) as string[];
  const extended = optionalArray(input, "ExtendedStatistics", 10) as string[];
  if (statistics.length === 0 && extended.length === 0) throw invalidParameterCombination("Must specify either Statistics or ExtendedStatistics, but not both.");
  for (const stat of statistics) if (!isBasicStatistic(stat)) throw invalidParameterValue(`The parameter Statistics.member contains an invalid statistic: ${String(stat)}.`);
  for (const stat of extended) if (percentileOf(stat) === undefined) throw invalidParameterValue(`The parameter ExtendedStatistics.member is not a percentile statistic served here: ${String(stat)}.`);
  if (Math.ceil((end - start) / periodMs) > MAX_DATAPOINTS) {
    throw invalidParameterCombination(`You have requested up to ${Math.ceil((end - start) / periodMs)} datapoints, which exceeds the limit of ${MAX_DATAPOINTS}.`);
  }
  const Datapoints = queryPeriods(store, { namespace, name, dimensions }, { start, end, periodMs, unit }).map(({ timestamp, aggregate, unit: dataUnit }) => {
    const datapoint: Record<string, unknown> = { Timestamp: timestamp / 1000, Unit: dataUnit };
    for (const stat of statistics) datapoint[stat] = statisticValue(aggregate, stat);
    if (extended.length > 0) {
      const values: Record<string, number> = {};
      for (const stat of extended) {
        const value = statisticValue(aggregate, stat);
        if (value !== undefined) values[stat] = value;
      }
      datapoint.ExtendedStatistics = values;
    }
    return datapoint;
  });
  return { Label: name, Datapoints };
}
