import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  GetMetricDataCommand,
  GetMetricStatisticsCommand,
  InvalidParameterCombinationException,
  InvalidParameterValueException,
  MissingRequiredParameterException,
  PutMetricDataCommand,
} from "@aws-sdk/client-cloudwatch";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hourFileName } from "../../src/cloudwatch";
import { MINUTE_MS, minuteAgo, startFixture, type Fixture } from "./cloudwatch-fixture";

let fixture: Fixture;
beforeAll(async () => {
  fixture = await startFixture();
});
afterAll(() => fixture.close());

const metricStat = (Period: number, Stat = "Sum") => ({ Id: "q", MetricStat: { Metric: { Namespace: "Test", MetricName: "M" }, Period, Stat } });
const window = { StartTime: new Date(minuteAgo(10)), EndTime: new Date(minuteAgo(0)) };

async function rejection(promise: Promise<unknown>): Promise<{ name: string; status: number | undefined; message: string; code: unknown }> {
  const error = (await promise.then(() => undefined, (e: unknown) => e)) as (Error & { $metadata?: { httpStatusCode?: number }; Code?: unknown }) | undefined;
  if (error === undefined) throw new Error("expected the call to fail");
  return { name: error.name, status: error.$metadata?.httpStatusCode, message: error.message, code: error.Code };
}

describe("CloudWatch's errors, as the SDK reads them", () => {
  it("a period that is not a multiple of 60 is InvalidParameterValue (400)", async () => {
    const error = await rejection(fixture.client.send(new GetMetricDataCommand({ ...window, MetricDataQueries: [metricStat(90)] })));
    expect(error).toMatchObject({ name: "InvalidParameterValueException", status: 400, code: "InvalidParameterValue" });
    expect(error.message).toMatch(/Period/);
    const statistics = fixture.client.send(new GetMetricStatisticsCommand({ Namespace: "Test", MetricName: "M", ...window, Period: 30, Statistics: ["Sum"] }));
    await expect(statistics).rejects.toBeInstanceOf(InvalidParameterValueException);
  });

  it("bad input: an unknown statistic, a bad query Id, metric math, StartTime after EndTime, an AWS/ namespace", async () => {
    const cases = [
      new GetMetricDataCommand({ ...window, MetricDataQueries: [metricStat(60, "tm99")] }),
      new GetMetricDataCommand({ ...window, MetricDataQueries: [{ ...metricStat(60), Id: "Upper" }] }),
      new GetMetricDataCommand({ ...window, MetricDataQueries: [{ Id: "m", Expression: "SUM(METRICS())" }] }),
      new GetMetricDataCommand({ StartTime: window.EndTime, EndTime: window.StartTime, MetricDataQueries: [metricStat(60)] }),
      new PutMetricDataCommand({ Namespace: "AWS/Lambda", MetricData: [{ MetricName: "Invocations", Value: 1 }] }),
      new PutMetricDataCommand({ Namespace: "Test", MetricData: [{ MetricName: "Old", Value: 1, Timestamp: new Date(Date.now() - 15 * 24 * 3_600_000) }] }),
      new PutMetricDataCommand({ Namespace: "Test", MetricData: [{ MetricName: "Empty", Values: [] }] }),
      new PutMetricDataCommand({ Namespace: "Test", MetricData: [{ MetricName: "Uncounted", Values: [1, 2], Counts: [0, 0] }] }),
      new PutMetricDataCommand({ Namespace: "Test", MetricData: [{ MetricName: "Parsecs", Value: 1, Unit: "Parsecs" as never }] }),
    ];
    for (const command of cases) {
      await expect(fixture.client.send(command as GetMetricDataCommand)).rejects.toBeInstanceOf(InvalidParameterValueException);
    }
  });

  it("a missing parameter is MissingParameter; Value with StatisticValues, or no statistic at all, is InvalidParameterCombination", async () => {
    await expect(fixture.client.send(new PutMetricDataCommand({ Namespace: "Test", MetricData: [{ Value: 1 } as never] }))).rejects.toBeInstanceOf(MissingRequiredParameterException);
    const both = new PutMetricDataCommand({ Namespace: "Test", MetricData: [{ MetricName: "M", Value: 1, StatisticValues: { SampleCount: 1, Sum: 1, Minimum: 1, Maximum: 1 } }] });
    await expect(fixture.client.send(both)).rejects.toBeInstanceOf(InvalidParameterCombinationException);
    await expect(fixture.client.send(new GetMetricStatisticsCommand({ Namespace: "Test", MetricName: "M", ...window, Period: 60 }))).rejects.toBeInstanceOf(InvalidParameterCombinationException);
  });

  it("an unknown operation or a body that is not JSON gets the JSON protocol's error shapes", async () => {
    const post = (target: string, body: string) =>
      fetch(fixture.cloudwatch.url, { method: "POST", headers: { "content-type": "application/x-amz-json-1.0", "x-amz-target": target }, body });
    const unknown = await post("GraniteServiceVersion20100801.DeleteEverything", "{}");
    expect([unknown.status, unknown.headers.get("x-amzn-query-error"), ((await unknown.json()) as { __type: string }).__type]).toEqual([400, "InvalidAction;Sender", "com.amazonaws.cloudwatch#UnknownOperationException"]);
    const broken = await post("GraniteServiceVersion20100801.ListMetrics", "{not json");
    expect([broken.status, ((await broken.json()) as { __type: string }).__type]).toEqual([400, "com.amazonaws.cloudwatch#SerializationException"]);
  });
});

describe("persistence", () => {
  it("a restart on the same data dir reloads the metrics (and no temp file is left)", async () => {
    const dataDir = await mkdtemp(join(tmpdir(), "linkgate-cloudwatch-"));
    try {
      const at = minuteAgo(6);
      const first = await startFixture({ dataDir });
      await first.client.send(new PutMetricDataCommand({ Namespace: "Kept", MetricData: [{ MetricName: "Hits", Values: [3, 30, 300], Unit: "Count", Timestamp: new Date(at) }] }));
      await first.close();
      expect(await readdir(join(dataDir, "cloudwatch"))).toEqual([hourFileName(at - (at % 3_600_000))]);
      const second = await startFixture({ dataDir });
      try {
        const result = await second.client.send(
          new GetMetricDataCommand({
            StartTime: new Date(at),
            EndTime: new Date(at + MINUTE_MS),
            MetricDataQueries: ["SampleCount", "Sum", "Maximum", "p50"].map((Stat, i) => ({ Id: `s${i}`, MetricStat: { Metric: { Namespace: "Kept", MetricName: "Hits" }, Period: 60, Stat } })),
          }),
        );
        expect(result.MetricDataResults!.map((r) => r.Values![0])).toEqual([3, 333, 300, expect.closeTo(30, 0)]);
      } finally {
        await second.close();
      }
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  });

  it("keeps no minute past the retention across a restart, and deletes an hour's file once all of it is past", async () => {
    const dataDir = await mkdtemp(join(tmpdir(), "linkgate-cloudwatch-"));
    const HOUR = 3_600_000;
    try {
      // Written under the default retention (15 days), read back under 5 minutes.
      const first = await startFixture({ dataDir });
      first.cloudwatch.recorder.record({ namespace: "Kept", name: "Old", value: 1, at: minuteAgo(10) });
      first.cloudwatch.recorder.record({ namespace: "Kept", name: "New", value: 1, at: minuteAgo(1) });
      first.cloudwatch.recorder.record({ namespace: "Kept", name: "Ancient", value: 1, at: Date.now() - 2 * HOUR });
      await first.cloudwatch.flush();
      const ancientFile = hourFileName(Date.now() - 2 * HOUR - ((Date.now() - 2 * HOUR) % HOUR));
      expect(await readdir(join(dataDir, "cloudwatch"))).toContain(ancientFile);
      await first.close();
      const second = await startFixture({ dataDir, retentionMs: 5 * MINUTE_MS });
      try {
        expect(second.cloudwatch.store.list().map((m) => m.name)).toEqual(["New"]);
        await second.cloudwatch.flush();
        expect(await readdir(join(dataDir, "cloudwatch"))).not.toContain(ancientFile);
      } finally {
        await second.close();
      }
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});
