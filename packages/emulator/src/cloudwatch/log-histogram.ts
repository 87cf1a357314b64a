/**
 * A log-bucketed histogram (the DDSketch mapping) for the percentiles of one minute of one series.
 * Bucket i holds the positive values in (γ^(i-1), γ^i], with γ = (1+α)/(1-α); a bucket answers with
 * 2γ^i/(γ+1), which is within α of every value in it. So a percentile is within a relative error of
 * α = 1% of the sample at that rank (nearest rank, as `percentile` computes it), whatever the spread.
 * Memory is bounded by the spread, not the count: values from 1 µs to 1 h in milliseconds need at
 * most log(3.6e9)/log(γ) ≈ 1,090 buckets, and a minute of latencies typically uses a few dozen.
 * Zeros are counted apart (log 0 is undefined). Negative values are not kept: CloudWatch returns no
 * percentiles for a period holding one, and the owner (MinuteAggregate) tracks that.
 */
export const RELATIVE_ACCURACY = 0.01;
const GAMMA = (1 + RELATIVE_ACCURACY) / (1 - RELATIVE_ACCURACY);
const LOG_GAMMA = Math.log(GAMMA);

export type HistogramSnapshot = { zeros: number; buckets: [index: number, count: number][] };

export class LogHistogram {
  private zeros = 0;
  private readonly buckets = new Map<number, number>();

  add(value: number, count = 1): void {
    if (value <= 0) {
      this.zeros += count;
      return;
    }
    const index = Math.ceil(Math.log(value) / LOG_GAMMA);
    this.buckets.set(index, (this.buckets.get(index) ?? 0) + count);
  }

  merge(other: LogHistogram): void {
    this.zeros += other.zeros;
    for (const [index, count] of other.buckets) this.buckets.set(index, (this.buckets.get(index) ?? 0) + count);
  }

  /**
   * The value at nearest rank ⌈q·n⌉ (q in (0, 1]), clamped to [min, max] that the caller knows
   * exactly (so p100 and single-valued minutes are exact). `total` is the number of values added.
   */
  percentile(q: number, total: number, min: number, max: number): number {
    const rank = Math.max(1, Math.ceil(q * total));
    let seen = this.zeros;
    if (seen >= rank) return clamp(0, min, max);
    const indexes = [...this.buckets.keys()].sort((a, b) => a - b);
    for (const index of indexes) {
      seen += this.buckets.get(index)!;
      if (seen >= rank) return clamp((2 * GAMMA ** index) / (GAMMA + 1), min, max);
    }
    return max;
  }

  snapshot(): HistogramSnapshot {
    return { zeros: this.zeros, buckets: [...this.buckets].sort((a, b) => a[0] - b[0]) };
  }

  /** `count` copies of one value: what a minute without a histogram stands for when merged. */
  static single(value: number, count: number): LogHistogram {
    const histogram = new LogHistogram();
    histogram.add(value, count);
    return histogram;
  }

  static fromSnapshot(saved: HistogramSnapshot): LogHistogram {
    const histogram = new LogHistogram();
    histogram.zeros = saved.zeros;
    for (const [index, count] of saved.buckets) histogram.buckets.set(index, count);
    return histogram;
  }
}

const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value));
