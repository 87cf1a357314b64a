import { CloudWatchClient, GetMetricDataCommand, type MetricDataQuery } from "@aws-sdk/client-cloudwatch";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startEmulator, type Emulator } from "../../src/emulator";
import { PACKAGE_DIR } from "../lambda/runtime-fixtures";

const definition = {
  restApiId: "metered",
  name: "metered-api",
  stage: "test",
  routes: [{ method: "GET" as const, path: "/widgets", function: "widgets" }],
  functions: { widgets: { entry: "tests/fixtures/emulator/emf-widgets.ts" } },
};

const query = (id: string, namespace: string, metricName: string, dimensions: Record<string, string>, stat: string): MetricDataQuery => ({
  Id: id,
  MetricStat: { Metric: { Namespace: namespace, MetricName: metricName, Dimensions: Object.entries(dimensions).map(([Name, Value]) => ({ Name, Value })) }, Period: 60, Stat: stat },
});

describe("startEmulator's CloudWatch: what the functions' invocations and logs become", () => {
  let emulator: Emulator;
  let client: CloudWatchClient;

  beforeAll(async () => {
    emulator = await startEmulator({ definition, rootDir: PACKAGE_DIR });
    client = new CloudWatchClient({ endpoint: emulator.cloudwatchUrl, region: "us-east-1", credentials: { accessKeyId: "local", secretAccessKey: "local" } });
  }, 60_000);
  afterAll(async () => {
    client?.destroy();
    await emulator?.close();
  });

  it("counts AWS/Lambda invocations, errors and durations, and turns the EMF lines into the function's own metrics", async () => {
    const started = Date.now();
    const statuses = [];
    for (let i = 0; i < 4; i += 1) statuses.push((await fetch(`${emulator.url}/widgets`)).status);
    for (let i = 0; i < 2; i += 1) statuses.push((await fetch(`${emulator.url}/widgets?fail=1`)).status);
    expect(statuses).toEqual([200, 200, 200, 200, 502, 502]);

    const sum = (values: number[] | undefined) => (values ?? []).reduce((total, value) => total + value, 0);
    const fn = { FunctionName: "widgets" };
    // The EMF lines reach the store a moment after the answers (the worker's stdout is a stream).
    await expect
      .poll(async () => {
        const answer = await client.send(
          new GetMetricDataCommand({
            MetricDataQueries: [
              query("invocations", "AWS/Lambda", "Invocations", fn, "Sum"),
              query("errors", "AWS/Lambda", "Errors", fn, "Sum"),
              query("durations", "AWS/Lambda", "Duration", fn, "SampleCount"),
              query("widgets", "Fixture", "Widgets", { service: "widgets" }, "Sum"),
            ],
            StartTime: new Date(started - 120_000),
            EndTime: new Date(Date.now() + 60_000),
          }),
        );
        return Object.fromEntries((answer.MetricDataResults ?? []).map((result) => [result.Id, sum(result.Values)]));
      }, { timeout: 10_000 })
      .toEqual({ invocations: 6, errors: 2, durations: 6, widgets: 12 });
  });
});
