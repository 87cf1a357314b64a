import type { PolledRecord } from "./polled-record";

/**
 * What Lambda sends an event source mapping's on-failure destination for a discarded DynamoDB
 * stream batch: the batch's place in the stream, not its records
 * (https://docs.aws.amazon.com/lambda/latest/dg/services-dynamodb-errors.html).
 */
export interface StreamFailureRecord {
  requestContext: {
    requestId: string;
    functionArn: string;
    condition: FailureCondition;
    approximateInvokeCount: number;
  };
  responseContext: { statusCode: number; executedVersion: string; functionError?: string };
  version: "1.0";
  timestamp: string;
  DDBStreamBatchInfo: {
    shardId: string;
    startSequenceNumber: string;
    endSequenceNumber: string;
    approximateArrivalOfFirstRecord: string;
    approximateArrivalOfLastRecord: string;
    batchSize: number;
    streamArn: string;
  };
}

/** Retries used up, or the records grew older than maximumRecordAgeSeconds (or the stream's 24 h retention). */
export type FailureCondition = "RetryAttemptsExhausted" | "RecordAgeExceeded";

export interface FailedBatch {
  records: readonly PolledRecord[];
  condition: FailureCondition;
  invokeCount: number;
  requestId?: string;
  /** Lambda's functionError of the last invocation ("Unhandled"), absent when the function answered. */
  functionError?: string;
}

/** `2019-11-14T00:13:49Z`: the format of Lambda's examples (seconds, no fraction). */
const isoSeconds = (epochSeconds: number): string => new Date(Math.floor(epochSeconds) * 1000).toISOString().replace(/\.\d{3}Z$/, "Z");

export function failureRecord(batch: FailedBatch, where: { shardId: string; streamArn: string; functionArn: string }, requestId: string): StreamFailureRecord {
  const first = batch.records[0]?.event.dynamodb;
  const last = batch.records.at(-1)?.event.dynamodb;
  return {
    requestContext: {
      requestId: batch.requestId ?? requestId,
      functionArn: where.functionArn,
      condition: batch.condition,
      approximateInvokeCount: batch.invokeCount,
    },
    responseContext: { statusCode: 200, executedVersion: "$LATEST", ...(batch.functionError ? { functionError: batch.functionError } : {}) },
    version: "1.0",
    timestamp: new Date().toISOString(),
    DDBStreamBatchInfo: {
      shardId: where.shardId,
      startSequenceNumber: first?.SequenceNumber ?? "",
      endSequenceNumber: last?.SequenceNumber ?? "",
      approximateArrivalOfFirstRecord: isoSeconds(first?.ApproximateCreationDateTime ?? 0),
      approximateArrivalOfLastRecord: isoSeconds(last?.ApproximateCreationDateTime ?? 0),
      batchSize: batch.records.length,
      streamArn: where.streamArn,
    },
  };
}
