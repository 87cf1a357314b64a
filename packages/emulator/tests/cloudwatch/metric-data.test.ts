import { GetMetricDataCommand, PutMetricDataCommand, type MetricDataQuery } from "@aws-sdk/client-cloudwatch";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PERCENTILE_RELATIVE_ACCURACY } from "../../src/cloudwatch";
import { MINUTE_MS, minuteAgo, nearestRank, startFixture, type Fixture } from "./cloudwatch-fixture";

let fixture: Fixture;
beforeAll(async () => {
  fixture = await startFixture();
});
afterAll(() => fixture.close());

const query = (id: string, metricName: string, stat: string, options: { period?: number; dimensions?: { Name: string; Value: string }[]; namespace?: string } = {}): MetricDataQuery => ({
  Id: id,
  MetricStat: { Metric: { Namespace: options.namespace ?? "Test", MetricName: metricName, Dimensions: options.dimensions }, Period: options.period ?? 60, Stat: stat },
});

describe("PutMetricData then GetMetricData, with the real SDK", () => {
  it("returns exactly the counts put, each in its own minute, newest first", async () => {
    const older = minuteAgo(10);
    const newer = minuteAgo(8);
    const MetricData = [
      ...Array.from({ length: 7 }, (_, i) => ({ MetricName: "Orders", Value: 1, Unit: "Count" as const, Timestamp: new Date(older + i * 1000) })),
      ...Array.from({ length: 3 }, (_, i) => ({ MetricName: "Orders", Value: 2, Unit: "Count" as const, Timestamp: new Date(newer + 59_000 - i) })),
    ];
    await fixture.client.send(new PutMetricDataCommand({ Namespace: "Test", MetricData }));
    const result = await fixture.client.send(
      new GetMetricDataCommand({
        StartTime: new Date(older - 5 * MINUTE_MS + 12_345),
        EndTime: new Date(newer + 5 * MINUTE_MS),
        MetricDataQueries: [query("sum", "Orders", "Sum"), query("samples", "Orders", "SampleCount"), { ...query("hidden", "Orders", "Maximum"), ReturnData: false }],
      }),
    );
    const [sum, samples] = result.MetricDataResults!;
    expect(result.MetricDataResults).toHaveLength(2);
    expect(sum).toMatchObject({ Id: "sum", Label: "Orders", StatusCode: "Complete", Timestamps: [new Date(newer), new Date(older)], Values: [6, 7] });
    expect(samples).toMatchObject({ Values: [3, 7] });
  });

  it("merges minutes into any period that is a multiple of 60 s, and ScanBy TimestampAscending reverses the order", async () => {
    const start = minuteAgo(30);
    await fixture.client.send(
      new PutMetricDataCommand({
        Namespace: "Test",
        MetricData: [0, 1, 2, 3, 4, 5].map((minute) => ({ MetricName: "Ticks", Dimensions: [{ Name: "Shard", Value: "a" }], Value: minute + 1, Timestamp: new Date(start + minute * MINUTE_MS) })),
      }),
    );
    const dimensions = [{ Name: "Shard", Value: "a" }];
    const result = await fixture.client.send(
      new GetMetricDataCommand({
        StartTime: new Date(start),
        EndTime: new Date(start + 6 * MINUTE_MS),
        ScanBy: "TimestampAscending",
        MetricDataQueries: [query("three", "Ticks", "Sum", { period: 180, dimensions }), query("max", "Ticks", "Maximum", { period: 180, dimensions }), query("nodims", "Ticks", "Sum")],
      }),
    );
    const [three, max, nodims] = result.MetricDataResults!;
    expect(three).toMatchObject({ Timestamps: [new Date(start), new Date(start + 3 * MINUTE_MS)], Values: [1 + 2 + 3, 4 + 5 + 6] });
    expect(max!.Values).toEqual([3, 6]);
    // A metric is its exact set of dimensions: the same name without them is another, empty, metric.
    expect(nodims!.Values).toEqual([]);
  });

  it("puts percentiles of latencies measured by the client within their bounds: the exact nearest rank, ±1%", async () => {
    // Latencies the client measures itself: round trips of real GetMetricData calls to the emulator.
    const latencies: number[] = [];
    for (let i = 0; i < 200; i++) {
      const started = performance.now();
      await fixture.client.send(new GetMetricDataCommand({ StartTime: new Date(minuteAgo(2)), EndTime: new Date(), MetricDataQueries: [query("q", "Nothing", "Sum")] }));
      latencies.push(performance.now() - started);
    }
    const at = minuteAgo(5);
    for (let i = 0; i < latencies.length; i += 100) {
      const Values = latencies.slice(i, i + 100);
      await fixture.client.send(new PutMetricDataCommand({ Namespace: "Test", MetricData: [{ MetricName: "RoundTrip", Unit: "Milliseconds", Values, Timestamp: new Date(at) }] }));
    }
    const stats = ["p50", "p90", "p99", "Minimum", "Maximum", "Average", "SampleCount"];
    const result = await fixture.client.send(
      new GetMetricDataCommand({ StartTime: new Date(at), EndTime: new Date(at + MINUTE_MS), MetricDataQueries: stats.map((stat, i) => query(`s${i}`, "RoundTrip", stat)) }),
    );
    const value = (stat: string) => result.MetricDataResults![stats.indexOf(stat)]!.Values![0]!;
    expect(value("SampleCount")).toBe(200);
    expect(value("Minimum")).toBe(Math.min(...latencies));
    expect(value("Maximum")).toBe(Math.max(...latencies));
    expect(value("Average")).toBeCloseTo(latencies.reduce((a, b) => a + b, 0) / latencies.length, 9);
    for (const [stat, q] of [["p50", 0.5], ["p90", 0.9], ["p99", 0.99]] as const) {
      const exact = nearestRank(latencies, q);
      expect(Math.abs(value(stat) - exact)).toBeLessThanOrEqual(exact * PERCENTILE_RELATIVE_ACCURACY);
      expect(value(stat)).toBeGreaterThanOrEqual(value("Minimum"));
      expect(value(stat)).toBeLessThanOrEqual(value("Maximum"));
    }
  });

  it("accepts a PutMetricData the client gzips (bodies past 10 KiB) and Values with Counts", async () => {
    const at = minuteAgo(12);
    const MetricData = Array.from({ length: 400 }, (_, i) => ({ MetricName: "Bulk", Dimensions: [{ Name: "Worker", Value: `worker-${i % 4}` }], Values: [1, 10], Counts: [2, 1], Timestamp: new Date(at) }));
    const command = new PutMetricDataCommand({ Namespace: "Test", MetricData });
    const encodings: unknown[] = [];
    command.middlewareStack.add(
      (next) => async (args) => {
        encodings.push((args.request as { headers: Record<string, string> }).headers["content-encoding"]);
        return next(args);
      },
      { step: "finalizeRequest" },
    );
    await fixture.client.send(command);
    expect(encodings).toEqual(["gzip"]);
    const result = await fixture.client.send(
      new GetMetricDataCommand({
        StartTime: new Date(at),
        EndTime: new Date(at + MINUTE_MS),
        MetricDataQueries: [query("n", "Bulk", "SampleCount", { dimensions: [{ Name: "Worker", Value: "worker-0" }] }), query("s", "Bulk", "Sum", { dimensions: [{ Name: "Worker", Value: "worker-0" }] })],
      }),
    );
    expect(result.MetricDataResults!.map((r) => r.Values)).toEqual([[100 * 3], [100 * 12]]);
  });
});
