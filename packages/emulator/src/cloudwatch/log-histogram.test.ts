import { describe, expect, it } from "vitest";
import { LogHistogram, RELATIVE_ACCURACY } from "./log-histogram";

/** A seeded generator, so that a failure replays. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
}

const exactNearestRank = (sorted: number[], q: number) => sorted[Math.max(1, Math.ceil(q * sorted.length)) - 1]!;

const distributions: Record<string, (next: () => number) => number> = {
  "uniform 0-1000 ms": (next) => next() * 1000,
  "log-normal latencies": (next) => Math.exp(3 + 1.5 * Math.sqrt(-2 * Math.log(1 - next())) * Math.cos(2 * Math.PI * next())),
  "exponential with zeros": (next) => (next() < 0.1 ? 0 : -Math.log(1 - next()) * 50),
  "integers 1-5": (next) => 1 + Math.floor(next() * 5),
};

describe("LogHistogram", () => {
  for (const [name, draw] of Object.entries(distributions)) {
    it(`p50/p90/p99/p99.9 are within ${RELATIVE_ACCURACY * 100}% of the exact nearest-rank sample: ${name}`, () => {
      const next = random(42);
      const values = Array.from({ length: 20_000 }, () => draw(next));
      const histogram = new LogHistogram();
      for (const value of values) histogram.add(value);
      const sorted = [...values].sort((a, b) => a - b);
      for (const q of [0.5, 0.9, 0.99, 0.999, 1]) {
        const exact = exactNearestRank(sorted, q);
        const estimate = histogram.percentile(q, values.length, sorted[0]!, sorted.at(-1)!);
        expect(Math.abs(estimate - exact)).toBeLessThanOrEqual(exact * RELATIVE_ACCURACY + 1e-12);
      }
    });
  }

  it("merges as if all values had been added to one", () => {
    const a = new LogHistogram();
    const b = new LogHistogram();
    const both = new LogHistogram();
    for (let i = 1; i <= 100; i++) {
      (i % 2 ? a : b).add(i);
      both.add(i);
    }
    a.merge(b);
    expect(a.snapshot()).toEqual(both.snapshot());
    expect(a.percentile(0.9, 100, 1, 100)).toBeCloseTo(both.percentile(0.9, 100, 1, 100));
  });

  it("stays small for a wide spread: buckets grow with log(max/min), not with the count", () => {
    const histogram = new LogHistogram();
    for (let i = 0; i < 100_000; i++) histogram.add(0.001 * 1.0001 ** i);
    // 0.001 to ~22,000: log(2.2e7)/log(1.0202) ≈ 850 buckets.
    expect(histogram.snapshot().buckets.length).toBeLessThan(900);
  });

  it("round-trips through its snapshot", () => {
    const histogram = new LogHistogram();
    for (const value of [0, 0, 1.5, 20, 300]) histogram.add(value);
    expect(LogHistogram.fromSnapshot(JSON.parse(JSON.stringify(histogram.snapshot())) as ReturnType<LogHistogram["snapshot"]>).snapshot()).toEqual(histogram.snapshot());
  });
});
