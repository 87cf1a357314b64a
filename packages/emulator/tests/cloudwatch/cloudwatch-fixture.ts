import { CloudWatchClient } from "@aws-sdk/client-cloudwatch";
import { startCloudWatch, type CloudWatch, type CloudWatchOptions } from "../../src/cloudwatch";

export interface Fixture {
  cloudwatch: CloudWatch;
  client: CloudWatchClient;
  close(): Promise<void>;
}

/** The CloudWatch emulator on 127.0.0.1, driven by the real @aws-sdk/client-cloudwatch. */
export async function startFixture(options: CloudWatchOptions = {}): Promise<Fixture> {
  const cloudwatch = await startCloudWatch(options);
  const client = new CloudWatchClient({
    endpoint: cloudwatch.url,
    region: "us-east-1",
    credentials: { accessKeyId: "local", secretAccessKey: "local" },
    maxAttempts: 1,
  });
  return {
    cloudwatch,
    client,
    close: async () => {
      client.destroy();
      await cloudwatch.stop();
    },
  };
}

export const MINUTE_MS = 60_000;
/** A whole minute `minutesAgo` before now: data in the past, well inside the two weeks PutMetricData accepts. */
export const minuteAgo = (minutesAgo: number) => Math.floor(Date.now() / MINUTE_MS) * MINUTE_MS - minutesAgo * MINUTE_MS;

/** The exact nearest-rank percentile, what the emulator's estimate is checked against. */
export const nearestRank = (values: number[], q: number) => [...values].sort((a, b) => a - b)[Math.max(1, Math.ceil(q * values.length)) - 1]!;
