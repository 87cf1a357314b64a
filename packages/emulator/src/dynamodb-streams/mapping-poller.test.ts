import {
  DescribeStreamCommand,
  ExpiredIteratorException,
  GetRecordsCommand,
  GetShardIteratorCommand,
  type DynamoDBStreamsClient,
  type Shard,
  type _Record,
} from "@aws-sdk/client-dynamodb-streams";
import { afterEach, describe, expect, it } from "vitest";
import { MappingPoller } from "./mapping-poller";
import { resolveMapping } from "./mapping-validation";
import { Wakeup } from "./wakeup";

// DynamoDB Local keeps one shard per stream, so lineage runs against a scripted Streams API here.
interface FakeShard {
  id: string;
  parent?: string;
  records: number[];
  closed: boolean;
}

function fakeStreams(shards: FakeShard[], script: { expireIteratorsAt?: number[]; pageSize?: number } = {}) {
  const record = (n: number): _Record => ({
    eventID: `e${n}`,
    eventName: "INSERT",
    eventVersion: "1.1",
    dynamodb: { SequenceNumber: String(n), Keys: { pk: { S: `k${n}` } }, ApproximateCreationDateTime: new Date(), SizeBytes: 1, StreamViewType: "KEYS_ONLY" },
  });
  const send = async (command: unknown) => {
    if (command instanceof DescribeStreamCommand) {
      const listed: Shard[] = shards.map((s) => ({ ShardId: s.id, ParentShardId: s.parent, SequenceNumberRange: { StartingSequenceNumber: "1", ...(s.closed ? { EndingSequenceNumber: "9" } : {}) } }));
      return { StreamDescription: { Shards: listed } };
    }
    if (command instanceof GetShardIteratorCommand) {
      const shard = shards.find((s) => s.id === command.input.ShardId) as FakeShard;
      const type = command.input.ShardIteratorType;
      const after = shard.records.indexOf(Number(command.input.SequenceNumber)) + 1;
      const at = type === "LATEST" ? shard.records.length : type === "AFTER_SEQUENCE_NUMBER" ? after : 0;
      return { ShardIterator: `${shard.id}|${at}` };
    }
    if (command instanceof GetRecordsCommand) {
      const [id, at] = (command.input.ShardIterator as string).split("|");
      const shard = shards.find((s) => s.id === id) as FakeShard;
      const from = Number(at);
      // An iterator handed out before a scripted position expires once, as after 15 minutes.
      const expiring = script.expireIteratorsAt?.indexOf(from) ?? -1;
      if (expiring !== -1) {
        script.expireIteratorsAt?.splice(expiring, 1);
        throw new ExpiredIteratorException({ message: "Iterator expired", $metadata: {} });
      }
      const page = shard.records.slice(from, from + Math.min(command.input.Limit ?? 1000, script.pageSize ?? 1000));
      const next = from + page.length;
      const ended = shard.closed && next >= shard.records.length;
      return { Records: page.map(record), ...(ended ? {} : { NextShardIterator: `${id}|${next}` }) };
    }
    throw new Error("unexpected command");
  };
  return { send } as unknown as DynamoDBStreamsClient;
}

let stop: (() => Promise<void>) | undefined;
afterEach(async () => {
  await stop?.();
  stop = undefined;
});

async function poll(shards: FakeShard[], startingPosition: "TRIM_HORIZON" | "LATEST", script: Parameters<typeof fakeStreams>[1] = {}, warnings: string[] = []) {
  const delivered: { shard: string; keys: string[] }[] = [];
  const wakeup = new Wakeup();
  const poller = new MappingPoller({
    streams: fakeStreams(shards, script),
    mapping: resolveMapping({ function: "fn", table: "tbl", streamViewType: "KEYS_ONLY", startingPosition }),
    streamArn: "arn:aws:dynamodb:us-east-1:123456789012:table/tbl/stream/label",
    region: "us-east-1",
    pollIntervalMs: 5,
    wakeup,
    signal: new AbortController().signal,
    deliver: async (shard, batch) => {
      delivered.push({ shard, keys: batch.map((r) => r.event.dynamodb.Keys.pk as { S: string }).map((k) => k.S) });
    },
    warn: (message) => warnings.push(message),
  });
  await poller.start();
  stop = async () => {
    wakeup.close();
    await poller.stopped();
  };
  return { delivered, wakeup };
}

describe("shard lineage", () => {
  it("reads a child shard only after its parent is read to its end", async () => {
    const shards = [
      { id: "child", parent: "parent", records: [3, 4], closed: false },
      { id: "parent", records: [1, 2], closed: true },
    ];
    const { delivered } = await poll(shards, "TRIM_HORIZON");
    await expect.poll(() => delivered.flatMap((d) => d.keys), { timeout: 5000 }).toEqual(["k1", "k2", "k3", "k4"]);
    expect(delivered.map((d) => d.shard)).toEqual(["parent", "child"]);
  });

  it("finds a child that appears when its parent closes, and reads it from its first record", async () => {
    const parent: FakeShard = { id: "parent", records: [1], closed: false };
    const shards: FakeShard[] = [parent];
    const { delivered } = await poll(shards, "LATEST");
    parent.records.push(2);
    await expect.poll(() => delivered.flatMap((d) => d.keys), { timeout: 5000 }).toEqual(["k2"]);
    parent.closed = true;
    shards.push({ id: "child", parent: "parent", records: [3, 4], closed: false });
    await expect.poll(() => delivered.flatMap((d) => d.keys), { timeout: 5000 }).toEqual(["k2", "k3", "k4"]);
  });

  it("LATEST skips closed shards and what open ones held before the start", async () => {
    const shards = [
      { id: "old", records: [1, 2], closed: true },
      { id: "open", parent: "old", records: [3], closed: false },
    ];
    const { delivered } = await poll(shards, "LATEST");
    (shards[1] as FakeShard).records.push(4);
    await expect.poll(() => delivered.flatMap((d) => d.keys), { timeout: 5000 }).toEqual(["k4"]);
  });

  it("renews an expired iterator after the last record read: nothing lost, nothing read twice", async () => {
    const shards = [{ id: "only", records: [1, 2, 3, 4, 5], closed: true }];
    const warnings: string[] = [];
    const script = { expireIteratorsAt: [2], pageSize: 2 };
    const { delivered } = await poll(shards, "TRIM_HORIZON", script, warnings);
    await expect.poll(() => delivered.flatMap((d) => d.keys), { timeout: 5000 }).toEqual(["k1", "k2", "k3", "k4", "k5"]);
    expect(script.expireIteratorsAt).toEqual([]); // the expiry happened
    expect(warnings).toEqual([]);
  });
});
