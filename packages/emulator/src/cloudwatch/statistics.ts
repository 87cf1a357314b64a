import type { MinuteAggregate } from "./minute-aggregate";

export const BASIC_STATISTICS = ["SampleCount", "Average", "Sum", "Minimum", "Maximum"] as const;
export type BasicStatistic = (typeof BASIC_STATISTICS)[number];
const BASIC_SET: ReadonlySet<string> = new Set(BASIC_STATISTICS);

/** `p50`, `p99`, `p99.9`: CloudWatch's percentile syntax, 0 < NN ≤ 100 with up to two decimals. */
const PERCENTILE = /^p(\d{1,3}(?:\.\d{1,2})?)$/;

export const isBasicStatistic = (stat: string): stat is BasicStatistic => BASIC_SET.has(stat);

/** q in (0, 1] for a percentile statistic, or undefined if `stat` is not one (tm99, IQM and friends are not served). */
export function percentileOf(stat: string): number | undefined {
  const match = PERCENTILE.exec(stat);
  if (!match) return undefined;
  const percent = Number(match[1]);
  return percent > 0 && percent <= 100 ? percent / 100 : undefined;
}

export const isSupportedStatistic = (stat: string) => isBasicStatistic(stat) || percentileOf(stat) !== undefined;

/** The value of `stat` over one period, or undefined where CloudWatch returns none (a percentile it cannot compute). */
export function statisticValue(aggregate: MinuteAggregate, stat: string): number | undefined {
  switch (stat) {
    case "SampleCount":
      return aggregate.count;
    case "Sum":
      return aggregate.sum;
    case "Average":
      return aggregate.sum / aggregate.count;
    case "Minimum":
      return aggregate.min;
    case "Maximum":
      return aggregate.max;
  }
  const q = percentileOf(stat);
  return q === undefined ? undefined : aggregate.percentile(q);
}
