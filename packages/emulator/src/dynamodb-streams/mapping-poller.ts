import { DescribeStreamCommand, type DynamoDBStreamsClient, type Shard } from "@aws-sdk/client-dynamodb-streams";
import { performance } from "node:perf_hooks";
import type { ResolvedMapping } from "./mapping-definition";
import type { PolledRecord } from "./polled-record";
import { ShardReader } from "./shard-reader";
import type { Wakeup } from "./wakeup";

/** How often the shard list is read again to find child shards (DescribeStream), besides when a shard ends. */
const DESCRIBE_INTERVAL_MS = 1000;

export interface MappingPollerDeps {
  streams: DynamoDBStreamsClient;
  mapping: ResolvedMapping;
  streamArn: string;
  region: string;
  pollIntervalMs: number;
  wakeup: Wakeup;
  signal: AbortSignal;
  deliver(shardId: string, batch: PolledRecord[]): Promise<void>;
  warn(message: string, error: unknown): void;
}

/**
 * One mapping's stream: a reader per shard, started once the shard's parent has been read to its
 * end (records of a key keep their order across a shard split), each reading on its own.
 */
export class MappingPoller {
  private readonly readers = new Map<string, ShardReader>();
  private readonly runs = new Set<Promise<void>>();
  /** Shard ids of the latest DescribeStream, and when it started. */
  private listed: string[] = [];
  private listedAt = Number.NEGATIVE_INFINITY;
  private loop: Promise<void> | undefined;

  constructor(private readonly deps: MappingPollerDeps) {}

  /** Opens the shards there are now at the mapping's starting position; LATEST skips closed ones. */
  async start(): Promise<void> {
    const shards = await this.describe();
    const latest = this.deps.mapping.startingPosition === "LATEST";
    for (const shard of shards) {
      if (latest && shard.SequenceNumberRange?.EndingSequenceNumber) {
        this.readers.set(shard.ShardId as string, Object.assign(this.reader(shard), { finished: true }));
      } else if (latest) {
        const reader = this.reader(shard);
        await reader.open("LATEST");
        this.launch(shard, reader);
      }
    }
    this.startReady(shards);
    this.loop = this.watch();
  }

  /** Every shard listed by a DescribeStream started at or after `since` is read to its end or caught up. */
  caughtUp(since: number): boolean {
    return this.listedAt >= since && this.listed.every((id) => this.readers.get(id)?.caughtUp(since) ?? false);
  }

  async stopped(): Promise<void> {
    await this.loop;
    await Promise.all([...this.runs]);
  }

  private async watch(): Promise<void> {
    const { wakeup } = this.deps;
    while (!wakeup.isClosed) {
      await wakeup.sleep(DESCRIBE_INTERVAL_MS);
      if (wakeup.isClosed) return;
      try {
        this.startReady(await this.describe());
      } catch (error) {
        if (!wakeup.isClosed) this.deps.warn(`Stream ${this.deps.streamArn}: DescribeStream failed; retrying.`, error);
      }
    }
  }

  /** Starts, from their first record, the shards not started yet whose parent is done or gone. */
  private startReady(shards: Shard[]): void {
    const ids = new Set(shards.map((shard) => shard.ShardId as string));
    for (const shard of shards) {
      const id = shard.ShardId as string;
      if (this.readers.has(id)) continue;
      const parent = shard.ParentShardId;
      const parentDone = !parent || !ids.has(parent) || this.readers.get(parent)?.finished === true;
      if (!parentDone) continue;
      const reader = this.reader(shard);
      this.launch(shard, reader, reader.open("TRIM_HORIZON"));
    }
    // Forget shards the stream no longer lists (trimmed after 24 h), so memory stays bounded.
    for (const id of this.readers.keys()) if (!ids.has(id) && this.readers.get(id)?.finished) this.readers.delete(id);
  }

  private reader(shard: Shard): ShardReader {
    const { streams, streamArn, mapping, region, pollIntervalMs, wakeup, signal, warn } = this.deps;
    const shardId = shard.ShardId as string;
    return new ShardReader({ streams, streamArn, shardId, mapping, region, pollIntervalMs, wakeup, signal, warn, deliver: (batch) => this.deps.deliver(shardId, batch) });
  }

  private launch(shard: Shard, reader: ShardReader, opened: Promise<void> = Promise.resolve()): void {
    this.readers.set(shard.ShardId as string, reader);
    const run = opened
      .then(() => reader.run())
      .catch((error: unknown) => {
        if (this.deps.wakeup.isClosed) return;
        // Reading gave up (it retries read errors itself): let the next DescribeStream start it again.
        this.readers.delete(shard.ShardId as string);
        this.deps.warn(`Shard ${shard.ShardId}: reader stopped; restarting it.`, error);
      })
      .then(() => {
        // A finished shard may free its children: look now rather than at the next interval.
        if (reader.finished) this.deps.wakeup.wakeAll();
        this.runs.delete(run);
      });
    this.runs.add(run);
  }

  private async describe(): Promise<Shard[]> {
    const startedAt = performance.now();
    const shards: Shard[] = [];
    let start: string | undefined;
    do {
      const page = await this.deps.streams.send(
        new DescribeStreamCommand({ StreamArn: this.deps.streamArn, ...(start ? { ExclusiveStartShardId: start } : {}) }),
        { abortSignal: this.deps.signal },
      );
      shards.push(...(page.StreamDescription?.Shards ?? []));
      start = page.StreamDescription?.LastEvaluatedShardId;
    } while (start);
    this.listed = shards.map((shard) => shard.ShardId as string);
    this.listedAt = startedAt;
    return shards;
  }
}
