import type { DynamoDBStreamEventRecord } from "./stream-event";

/** A record read from a shard, waiting in the shard's buffer or in a batch being delivered. */
export interface PolledRecord {
  event: DynamoDBStreamEventRecord;
  /** When the record entered the stream, as well as we know it (epoch ms); record ages run from it. */
  arrivedAtMs: number;
}

const MINUTE_MS = 60_000;

/**
 * DynamoDB Local rounds ApproximateCreationDateTime down to the minute, which would age a record
 * by up to 59 s at once. The poller saw it no earlier than it was written, and no later than a
 * minute after the rounded time if it keeps up, so it takes its read time, kept within that minute.
 */
export function arrivalOf(event: DynamoDBStreamEventRecord, readAtMs: number): number {
  const createdMs = event.dynamodb.ApproximateCreationDateTime * 1000;
  return Math.min(Math.max(readAtMs, createdMs), createdMs + MINUTE_MS - 1);
}
