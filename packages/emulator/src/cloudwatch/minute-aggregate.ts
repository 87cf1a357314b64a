import { LogHistogram, type HistogramSnapshot } from "./log-histogram";

export type AggregateSnapshot = [count: number, sum: number, min: number, max: number, histogram: HistogramSnapshot | null, percentiles: 0 | 1];

/**
 * What CloudWatch keeps of the values of one series in one period: sample count, sum, minimum,
 * maximum, and a distribution for percentiles. The histogram is made only when a second distinct
 * value arrives: most series (Count, 4XXError, Invocations) hold one value per minute, and their
 * percentiles are that value, exactly.
 */
export class MinuteAggregate {
  count = 0;
  sum = 0;
  min = Infinity;
  max = -Infinity;
  private histogram: LogHistogram | undefined;
  /** CloudWatch computes no percentile over a period with a negative value or a statistic set in it. */
  private percentilesAvailable = true;

  add(value: number, count = 1): void {
    if (value < 0) this.percentilesAvailable = false;
    if (this.histogram === undefined && this.count > 0 && value !== this.min) {
      this.histogram = new LogHistogram();
      this.histogram.add(this.min, this.count);
    }
    this.histogram?.add(value, count);
    this.count += count;
    this.sum += value * count;
    if (value < this.min) this.min = value;
    if (value > this.max) this.max = value;
  }

  /** A StatisticSet (PutMetricData's StatisticValues): counted, but without a distribution. */
  addStatisticSet(set: { sampleCount: number; sum: number; minimum: number; maximum: number }): void {
    this.percentilesAvailable = false;
    this.count += set.sampleCount;
    this.sum += set.sum;
    if (set.minimum < this.min) this.min = set.minimum;
    if (set.maximum > this.max) this.max = set.maximum;
  }

  merge(other: MinuteAggregate): void {
    if (other.count === 0) return;
    if (!other.percentilesAvailable) this.percentilesAvailable = false;
    if (this.count === 0) {
      this.histogram = other.histogram === undefined ? undefined : LogHistogram.fromSnapshot(other.histogram.snapshot());
    } else {
      this.histogram ??= LogHistogram.single(this.min, this.count);
      this.histogram.merge(other.histogram ?? LogHistogram.single(other.min, other.count));
    }
    this.count += other.count;
    this.sum += other.sum;
    if (other.min < this.min) this.min = other.min;
    if (other.max > this.max) this.max = other.max;
  }

  /** The pNN statistic for q = NN/100, or undefined where CloudWatch returns none. */
  percentile(q: number): number | undefined {
    if (this.count === 0 || !this.percentilesAvailable) return undefined;
    if (this.histogram === undefined) return this.min;
    return this.histogram.percentile(q, this.count, this.min, this.max);
  }

  snapshot(): AggregateSnapshot {
    return [this.count, this.sum, this.min, this.max, this.histogram?.snapshot() ?? null, this.percentilesAvailable ? 1 : 0];
  }

  static fromSnapshot([count, sum, min, max, histogram, percentiles]: AggregateSnapshot): MinuteAggregate {
    const aggregate = new MinuteAggregate();
    Object.assign(aggregate, { count, sum, min, max });
    aggregate.histogram = histogram === null ? undefined : LogHistogram.fromSnapshot(histogram);
    aggregate.percentilesAvailable = percentiles === 1;
    return aggregate;
  }
}
