import { describe, expect, it } from "vitest";
import { MetricStore } from "./metric-store";

const T0 = Date.UTC(2026, 0, 5, 12, 0, 0);
const minute = 60_000;
const metric = { namespace: "App", name: "Latency", dimensions: [{ name: "Route", value: "GET /x" }] };
const point = (value: number, at: number, unit: "Milliseconds" | "Count" = "Milliseconds") => ({ namespace: "App", name: "Latency", dimensions: { Route: "GET /x" }, value, unit, at });

describe("MetricStore", () => {
  it("keeps one series per namespace, name and dimension set, whatever the dimensions' order", () => {
    const store = new MetricStore();
    store.record({ namespace: "App", name: "Hits", dimensions: { b: "2", a: "1" }, value: 1, at: T0 });
    store.record({ namespace: "App", name: "Hits", dimensions: { a: "1", b: "2" }, value: 1, at: T0 });
    store.record({ namespace: "App", name: "Hits", dimensions: { a: "1" }, value: 1, at: T0 });
    expect(store.seriesCount).toBe(2);
    expect(store.list({ dimensions: [{ name: "b" }] })).toEqual([{ namespace: "App", name: "Hits", dimensions: [{ name: "a", value: "1" }, { name: "b", value: "2" }] }]);
  });

  it("buckets by minute and merges minutes into periods that start at the query's start", () => {
    const store = new MetricStore();
    for (const [offset, value] of [[0, 10], [59_999, 20], [minute, 30], [5 * minute + 1, 40]] as const) store.record(point(value, T0 + offset));
    const byMinute = store.aggregate(metric, { start: T0, end: T0 + 10 * minute, periodMs: minute });
    expect(byMinute.map((p) => [p.timestamp - T0, p.aggregate.count, p.aggregate.sum])).toEqual([[0, 2, 30], [minute, 1, 30], [5 * minute, 1, 40]]);
    const byFive = store.aggregate(metric, { start: T0, end: T0 + 10 * minute, periodMs: 5 * minute });
    expect(byFive.map((p) => [p.timestamp - T0, p.aggregate.count, p.aggregate.min, p.aggregate.max])).toEqual([[0, 3, 10, 30], [5 * minute, 1, 40, 40]]);
    // EndTime is exclusive.
    expect(store.aggregate(metric, { start: T0, end: T0 + 5 * minute, periodMs: minute }).length).toBe(2);
  });

  it("keeps units apart: a query with a Unit sees that unit only, one without sees all", () => {
    const store = new MetricStore();
    store.record(point(5, T0, "Milliseconds"));
    store.record(point(7, T0, "Count"));
    expect(store.aggregate(metric, { start: T0, end: T0 + minute, periodMs: minute, unit: "Count" })[0]!.aggregate.sum).toBe(7);
    const all = store.aggregate(metric, { start: T0, end: T0 + minute, periodMs: minute })[0]!;
    expect([all.aggregate.sum, all.unit]).toEqual([12, "None"]);
  });

  it("gives no percentile for a period with a statistic set or a negative value, as CloudWatch", () => {
    const store = new MetricStore();
    store.record(point(5, T0));
    store.recordStatisticSet({ namespace: "App", name: "Latency", dimensions: { Route: "GET /x" }, unit: "Milliseconds", at: T0 + minute }, { sampleCount: 2, sum: 10, minimum: 4, maximum: 6 });
    const [first, second] = store.aggregate(metric, { start: T0, end: T0 + 2 * minute, periodMs: minute });
    expect(first!.aggregate.percentile(0.5)).toBe(5);
    expect(second!.aggregate.percentile(0.5)).toBeUndefined();
    expect(second!.aggregate.count).toBe(2);
  });

  it("prunes minutes past the retention and series left empty", () => {
    const store = new MetricStore(10 * minute);
    store.record(point(1, T0));
    store.record({ ...point(1, T0 + 9 * minute), name: "Other" });
    store.prune(T0 + 11 * minute);
    expect(store.list().map((m) => m.name)).toEqual(["Other"]);
  });

  it("round-trips through its snapshot, percentiles included", () => {
    const store = new MetricStore();
    for (let i = 1; i <= 100; i++) store.record(point(i, T0));
    const copy = MetricStore.fromSnapshots([JSON.parse(JSON.stringify(store.snapshot())) as ReturnType<MetricStore["snapshot"]>]);
    const [restored] = copy.aggregate(metric, { start: T0, end: T0 + minute, periodMs: minute });
    const [original] = store.aggregate(metric, { start: T0, end: T0 + minute, periodMs: minute });
    expect(restored!.aggregate.snapshot()).toEqual(original!.aggregate.snapshot());
    expect(restored!.aggregate.percentile(0.99)).toBe(original!.aggregate.percentile(0.99));
  });

  it("tells persistence which hours changed, once each, and snapshots one hour alone", () => {
    const store = new MetricStore();
    const HOUR = 3_600_000;
    store.record(point(1, T0 + 5 * minute));
    store.record(point(1, T0 + 6 * minute));
    store.handle({ namespace: "App", name: "Other" }).add(1, T0 + 2 * HOUR);
    store.record(point(1, T0 - 1));
    expect(store.takeChangedHours()).toEqual([T0 - HOUR, T0, T0 + 2 * HOUR]);
    expect(store.takeChangedHours()).toEqual([]);
    const hour = store.snapshot({ start: T0, end: T0 + HOUR });
    expect(hour.series.map(([identity, units]) => [identity.name, units[0]![1].map(([m]) => m - T0)])).toEqual([["Latency", [5 * minute, 6 * minute]]]);
  });
});
