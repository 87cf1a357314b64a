import type { InvokeResult, LambdaInvoker } from "../lambda/invoker";
import { retryIndexOf } from "./batch-item-failures";
import type { FailedBatch } from "./failure-record";
import type { ResolvedMapping } from "./mapping-definition";
import type { PolledRecord } from "./polled-record";
import type { DynamoDBStreamEvent } from "./stream-event";

/** Lambda's longest function timeout: the runtime's own timeout ends a stream invocation, not a caller's. */
const MAX_FUNCTION_TIMEOUT_MS = 900_000;
/** DynamoDB Streams keeps records 24 hours: "until the record expires" means that. */
const STREAM_RETENTION_MS = 24 * 3600_000;
const MAX_RETRY_DELAY_MS = 10_000;

export interface DeliveryDeps {
  mapping: ResolvedMapping;
  invoker: LambdaInvoker;
  report(batch: FailedBatch): void;
  /** Waits before a retry; `isClosed` says whether to give up. */
  sleep(ms: number): Promise<void>;
  isClosed(): boolean;
  now(): number;
  pollIntervalMs: number;
  onInvokeError(error: unknown): void;
}

/** A run of records still to deliver, with what its records have been through so far. */
interface Work {
  records: PolledRecord[];
  invokes: number;
  retries: number;
  requestId?: string;
  functionError?: string;
}

type Outcome = { kind: "ok" } | { kind: "throttled" } | { kind: "failed"; from: number; functionError?: string };

/**
 * Delivers one batch of a shard until every record is delivered or reported, in order.
 * A function error retries the batch (MaximumRetryAttempts counts these retries); with
 * BisectBatchOnFunctionError a failed batch of two or more records is split in two and each half
 * tried in turn, and "splitting a batch does not count towards the retry quota"
 * (https://docs.aws.amazon.com/lambda/latest/dg/services-dynamodb-errors.html), so a poison
 * record ends alone and uses the retries there. A partial-batch response retries from its
 * checkpoint (a retry too). A throttled invocation is not a function error: retried until the
 * records expire. Records older than the maximum age are reported before any invocation.
 */
export async function deliverBatch(batch: PolledRecord[], deps: DeliveryDeps): Promise<void> {
  const { mapping } = deps;
  const maxAgeMs = mapping.maximumRecordAgeSeconds >= 0 ? mapping.maximumRecordAgeSeconds * 1000 : STREAM_RETENTION_MS;
  const queue: Work[] = [{ records: batch, invokes: 0, retries: 0 }];
  while (queue.length > 0 && !deps.isClosed()) {
    const work = queue[0] as Work;
    // One clock read per turn, not one per record of a batch of up to 10,000.
    const oldestKept = deps.now() - maxAgeMs;
    const expired = work.records.findIndex((record) => record.arrivedAtMs >= oldestKept);
    const expiredCount = expired === -1 ? work.records.length : expired;
    if (expiredCount > 0) {
      deps.report({ ...failed(work, work.records.slice(0, expiredCount)), condition: "RecordAgeExceeded" });
      work.records = work.records.slice(expiredCount);
      if (work.records.length === 0) queue.shift();
      continue;
    }
    const outcome = await invokeOnce(work, deps);
    if (outcome.kind === "ok") {
      queue.shift();
      continue;
    }
    if (outcome.kind === "throttled") {
      await deps.sleep(deps.pollIntervalMs);
      continue;
    }
    work.records = work.records.slice(outcome.from);
    if (outcome.functionError !== undefined) work.functionError = outcome.functionError;
    else delete work.functionError;
    if (outcome.functionError && mapping.bisectBatchOnFunctionError && work.records.length > 1) {
      const half = Math.ceil(work.records.length / 2);
      const { records, ...history } = work;
      queue.splice(0, 1, { ...history, records: records.slice(0, half) }, { ...history, records: records.slice(half) });
      continue;
    }
    if (mapping.maximumRetryAttempts >= 0 && work.retries >= mapping.maximumRetryAttempts) {
      deps.report({ ...failed(work, work.records), condition: "RetryAttemptsExhausted" });
      queue.shift();
      continue;
    }
    await deps.sleep(Math.min(deps.pollIntervalMs * 2 ** work.retries, MAX_RETRY_DELAY_MS));
    work.retries += 1;
  }
}

function failed(work: Work, records: PolledRecord[]): Omit<FailedBatch, "condition"> {
  return {
    records,
    invokeCount: work.invokes,
    ...(work.requestId ? { requestId: work.requestId } : {}),
    ...(work.functionError ? { functionError: work.functionError } : {}),
  };
}

async function invokeOnce(work: Work, deps: DeliveryDeps): Promise<Outcome> {
  const event: DynamoDBStreamEvent = { Records: work.records.map((record) => record.event) };
  let result: InvokeResult;
  try {
    result = await deps.invoker.invoke(deps.mapping.function, event, { integrationTimeoutMs: MAX_FUNCTION_TIMEOUT_MS });
  } catch (error) {
    // The runtime refused outright (closed, unknown function): counts as a failed invocation.
    deps.onInvokeError(error);
    work.invokes += 1;
    return { kind: "failed", from: 0, functionError: "Unhandled" };
  }
  if (!result.ok && result.error === "TooManyRequests") return { kind: "throttled" };
  work.invokes += 1;
  if (result.requestId) work.requestId = result.requestId;
  if (!result.ok) return { kind: "failed", from: 0, functionError: "Unhandled" };
  if (!deps.mapping.reportBatchItemFailures) return { kind: "ok" };
  const from = retryIndexOf(result.payload, work.records);
  return from === undefined ? { kind: "ok" } : { kind: "failed", from };
}
