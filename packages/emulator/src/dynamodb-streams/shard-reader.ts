import {
  ExpiredIteratorException,
  GetRecordsCommand,
  GetShardIteratorCommand,
  TrimmedDataAccessException,
  type DynamoDBStreamsClient,
  type ShardIteratorType,
} from "@aws-sdk/client-dynamodb-streams";
import { performance } from "node:perf_hooks";
import type { ResolvedMapping } from "./mapping-definition";
import { arrivalOf, type PolledRecord } from "./polled-record";
import { toEventRecord } from "./stream-event";
import type { Wakeup } from "./wakeup";

/** GetRecords returns at most 1,000 records a call. */
const GET_RECORDS_LIMIT = 1000;
/** Failing reads (DynamoDB Local down) back off to this, and are logged at the 1st, 2nd, 4th, 8th... in a row. */
const MAX_ERROR_BACKOFF_MS = 5000;

export interface ShardReaderDeps {
  streams: DynamoDBStreamsClient;
  streamArn: string;
  shardId: string;
  mapping: ResolvedMapping;
  region: string;
  pollIntervalMs: number;
  wakeup: Wakeup;
  signal: AbortSignal;
  /** Delivers (or reports) one batch; the reader reads on only once it resolves: one batch in flight per shard. */
  deliver(batch: PolledRecord[]): Promise<void>;
  warn(message: string, error: unknown): void;
}

/**
 * Reads one shard in order: fills a buffer of at most batchSize records (so memory stays bounded),
 * hands it over when it is full, when the batching window has passed since its first record, or
 * when the shard has no more records to give right now (window 0), and ends when the shard closes.
 */
export class ShardReader {
  private iterator: string | undefined;
  private lastSequence: string | undefined;
  private buffer: PolledRecord[] = [];
  private windowStart: number | undefined;
  private delivering = false;
  /** Start time of the latest read that found nothing while nothing was pending (drain's proof). */
  private idleSince = Number.NEGATIVE_INFINITY;
  private failuresInARow = 0;
  finished = false;

  constructor(private readonly deps: ShardReaderDeps) {}

  /** Gets the shard iterator now, so LATEST means when the poller started, not when it got round to the shard. */
  async open(position: ShardIteratorType): Promise<void> {
    this.iterator = await this.iteratorAt(position);
  }

  /** Everything read so far is delivered or reported, and a read started at or after `since` found nothing more. */
  caughtUp(since: number): boolean {
    return this.finished || (this.idleSince >= since && this.buffer.length === 0 && !this.delivering);
  }

  async run(): Promise<void> {
    while (!this.deps.wakeup.isClosed && !this.finished) {
      try {
        await this.step();
      } catch (error) {
        // Not a read error (those are retried in read): keep the position and the buffer, try again.
        this.deps.warn(`Shard ${this.deps.shardId}: delivery failed unexpectedly; retrying.`, error);
        await this.deps.wakeup.sleep(this.deps.pollIntervalMs);
      }
    }
  }

  /** One turn: read if there is room, then deliver, wait, or end. */
  private async step(): Promise<void> {
    const { mapping, wakeup } = this.deps;
    const windowMs = mapping.maximumBatchingWindowSeconds * 1000;
    let drained = true;
    if (this.iterator !== undefined && this.buffer.length < mapping.batchSize) {
      const read = await this.read(Math.min(GET_RECORDS_LIMIT, mapping.batchSize - this.buffer.length));
      drained = read !== "full";
      if (read === "error") {
        await wakeup.sleep(Math.min(this.deps.pollIntervalMs * 2 ** this.failuresInARow, MAX_ERROR_BACKOFF_MS));
        return;
      }
    }
    const shardClosed = this.iterator === undefined;
    if (this.buffer.length > 0) {
      const now = performance.now();
      this.windowStart ??= now;
      const ready = this.buffer.length >= mapping.batchSize || shardClosed || (drained && now - this.windowStart >= windowMs);
      if (ready) await this.deliverBuffer();
      else if (drained) await wakeup.sleep(Math.min(this.deps.pollIntervalMs, windowMs - (now - this.windowStart)));
      return;
    }
    if (shardClosed) this.finished = true;
    else await wakeup.sleep(this.deps.pollIntervalMs);
  }

  private async deliverBuffer(): Promise<void> {
    this.delivering = true;
    try {
      await this.deps.deliver(this.buffer);
      this.buffer = [];
      this.windowStart = undefined;
    } finally {
      this.delivering = false;
    }
  }

  /** One GetRecords: "full" when it returned as many as asked (more may be waiting), "error" when it failed. */
  private async read(limit: number): Promise<"full" | "some" | "none" | "error"> {
    const startedAt = performance.now();
    const pendingBefore = this.buffer.length > 0 || this.delivering;
    try {
      const page = await this.deps.streams.send(new GetRecordsCommand({ ShardIterator: this.iterator, Limit: limit }), { abortSignal: this.deps.signal });
      const records = page.Records ?? [];
      const readAt = Date.now();
      // Converted before anything moves, so a record that cannot be converted is read again, not lost.
      const polled = records.map((record) => {
        const event = toEventRecord(record, this.deps.streamArn, this.deps.region);
        return { event, arrivedAtMs: arrivalOf(event, readAt) };
      });
      this.iterator = page.NextShardIterator ?? undefined;
      this.lastSequence = polled.at(-1)?.event.dynamodb.SequenceNumber ?? this.lastSequence;
      // Filtered out: dropped before batching, as Lambda does, so they never reach the function.
      const filter = this.deps.mapping.filter;
      this.buffer.push(...(filter ? polled.filter((record) => filter(record.event)) : polled));
      if (records.length === 0 && !pendingBefore) this.idleSince = startedAt;
      this.failuresInARow = 0;
      return records.length >= limit ? "full" : records.length > 0 ? "some" : "none";
    } catch (error) {
      if (this.deps.wakeup.isClosed) return "error";
      this.failuresInARow += 1;
      await this.recover(error);
      return "error";
    }
  }

  /** An iterator lasts 15 minutes (longer than a long retry); trimmed data restarts at the oldest record. */
  private async recover(error: unknown): Promise<void> {
    const n = this.failuresInARow;
    const warn = (message: string, cause: unknown) => {
      if ((n & (n - 1)) === 0) this.deps.warn(n > 1 ? `${message} (${n} failures in a row)` : message, cause);
    };
    try {
      if (error instanceof ExpiredIteratorException) {
        this.iterator = await this.iteratorAt(this.lastSequence ? "AFTER_SEQUENCE_NUMBER" : "TRIM_HORIZON");
      } else if (error instanceof TrimmedDataAccessException) {
        warn(`Shard ${this.deps.shardId}: GetRecords says the iterator is behind the oldest record kept (trimmed); reading on from the oldest record.`, error);
        this.iterator = await this.iteratorAt("TRIM_HORIZON");
      } else {
        warn(`Shard ${this.deps.shardId}: GetRecords failed; retrying.`, error);
      }
    } catch (again) {
      warn(`Shard ${this.deps.shardId}: GetShardIterator failed; retrying.`, again);
    }
  }

  private async iteratorAt(position: ShardIteratorType): Promise<string | undefined> {
    const { streamArn, shardId } = this.deps;
    const afterSequence = position === "AFTER_SEQUENCE_NUMBER" ? { SequenceNumber: this.lastSequence } : {};
    const result = await this.deps.streams.send(
      new GetShardIteratorCommand({ StreamArn: streamArn, ShardId: shardId, ShardIteratorType: position, ...afterSequence }),
      { abortSignal: this.deps.signal },
    );
    return result.ShardIterator ?? undefined;
  }
}
