import { BatchWriteItemCommand, DeleteItemCommand, GetItemCommand, TransactWriteItemsCommand, UpdateTimeToLiveCommand } from "@aws-sdk/client-dynamodb";
import { DynamoDBStreamsClient, GetRecordsCommand, GetShardIteratorCommand, ListStreamsCommand, DescribeStreamCommand, type _Record } from "@aws-sdk/client-dynamodb-streams";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DynamoDBStreamEventRecord } from "../../src/dynamodb-streams";
import { CREDENTIALS, createTable, invocations, putItem, REGION, startTestbed, startTestPollers, startTestRuntime, streamFunction, type Testbed } from "./support/streams-testbed";

let bed: Testbed;
beforeAll(async () => {
  bed = await startTestbed("ttl");
});
afterAll(async () => {
  await bed?.stop();
});

const nowSeconds = () => Math.floor(Date.now() / 1000);
const expiresAt = (offsetSeconds: number) => ({ expires: { N: String(nowSeconds() + offsetSeconds) } });

async function tableWithTtl(): Promise<string> {
  const table = await createTable(bed, "NEW_AND_OLD_IMAGES");
  await bed.db.send(new UpdateTimeToLiveCommand({ TableName: table, TimeToLiveSpecification: { Enabled: true, AttributeName: "expires" } }));
  return table;
}

describe("DynamoDB Local's TTL (what the emulator builds on)", () => {
  it("deletes expired items within seconds, and its stream records them under an event name of its own, without userIdentity", async () => {
    const table = await tableWithTtl();
    const streams = new DynamoDBStreamsClient({ endpoint: bed.dynamodb.endpoint, region: REGION, credentials: CREDENTIALS });
    try {
      const arn = (await streams.send(new ListStreamsCommand({ TableName: table }))).Streams?.[0]?.StreamArn;
      const shard = (await streams.send(new DescribeStreamCommand({ StreamArn: arn }))).StreamDescription?.Shards?.[0]?.ShardId;
      let iterator = (await streams.send(new GetShardIteratorCommand({ StreamArn: arn, ShardId: shard, ShardIteratorType: "TRIM_HORIZON" }))).ShardIterator;
      const writtenAt = Date.now();
      await putItem(bed, table, "expired", expiresAt(-60));
      await putItem(bed, table, "fresh", expiresAt(3600));
      const soonAt = nowSeconds() + 2;
      await putItem(bed, table, "soon", { expires: { N: String(soonAt) } });
      const records: _Record[] = [];
      await expect
        .poll(
          async () => {
            const page = await streams.send(new GetRecordsCommand({ ShardIterator: iterator }));
            iterator = page.NextShardIterator;
            records.push(...(page.Records ?? []));
            return records.length;
          },
          { timeout: 60_000, interval: 100 },
        )
        .toBeGreaterThanOrEqual(4);
      const deletedAfterMs = Date.now() - writtenAt;
      const deletion = records.find((r) => r.dynamodb?.Keys?.pk?.S === "expired" && r.eventName !== "INSERT");
      expect(deletion?.dynamodb?.Keys).toEqual({ pk: { S: "expired" } });
      // Local 3.x: not "REMOVE" and no identity, so it can be told from a user's delete, but not as AWS tells it.
      expect(deletion?.eventName).toBe("UNKNOWN_TO_SDK_VERSION");
      expect(deletion?.userIdentity).toBeUndefined();
      expect(deletion?.dynamodb?.OldImage?.pk).toEqual({ S: "expired" });
      expect((await bed.db.send(new GetItemCommand({ TableName: table, Key: { pk: { S: "expired" } } }))).Item).toBeUndefined();
      expect((await bed.db.send(new GetItemCommand({ TableName: table, Key: { pk: { S: "fresh" } } }))).Item).toBeDefined();
      // An item expiring later goes the same way once its time has passed.
      await expect.poll(async () => (await bed.db.send(new GetItemCommand({ TableName: table, Key: { pk: { S: "soon" } } }))).Item, { timeout: 60_000, interval: 100 }).toBeUndefined();
      const soonLagMs = Date.now() - soonAt * 1000;
      // The figures the README quotes (printed, never asserted).
      console.info(`DynamoDB Local TTL: an expired item was gone from the stream's view ${deletedAfterMs} ms after it was written; one expiring later, ${soonLagMs} ms after its expiry`);
    } finally {
      streams.destroy();
    }
  });
});

describe("TTL deletes as Lambda sees them", () => {
  it("carry the service identity, and only they do: user deletes of expired items carry none", async () => {
    const table = await tableWithTtl();
    const fn = streamFunction(bed, "record-batches");
    const runtime = startTestRuntime({ consumer: fn.definition });
    const running = await startTestPollers(bed, runtime, [{ function: "consumer", table, streamViewType: "NEW_AND_OLD_IMAGES" }]);
    try {
      for (const key of ["ttl", "user-delete", "batch-delete", "transact-delete"]) await putItem(bed, table, key, expiresAt(key === "ttl" ? -60 : 3600));
      await bed.db.send(new DeleteItemCommand({ TableName: table, Key: { pk: { S: "user-delete" } } }));
      await bed.db.send(new BatchWriteItemCommand({ RequestItems: { [table]: [{ DeleteRequest: { Key: { pk: { S: "batch-delete" } } } }] } }));
      await bed.db.send(new TransactWriteItemsCommand({ TransactItems: [{ Delete: { TableName: table, Key: { pk: { S: "transact-delete" } } } }] }));
      const removes = () =>
        (invocations(fn.log).flatMap((i) => i.event.Records) as unknown as DynamoDBStreamEventRecord[]).filter((r) => r.eventName === "REMOVE");
      await expect.poll(() => removes().length, { timeout: 60_000 }).toBe(4);
      const byKey = new Map(removes().map((r) => [r.dynamodb.Keys.pk && "S" in r.dynamodb.Keys.pk ? r.dynamodb.Keys.pk.S : "?", r]));
      expect(byKey.get("ttl")?.userIdentity).toEqual({ type: "Service", principalId: "dynamodb.amazonaws.com" });
      expect(byKey.get("ttl")?.dynamodb.OldImage?.pk).toEqual({ S: "ttl" });
      for (const key of ["user-delete", "batch-delete", "transact-delete"]) {
        expect(byKey.get(key)).toBeDefined();
        expect(byKey.get(key)).not.toHaveProperty("userIdentity");
      }
    } finally {
      await running.close();
      await runtime.dispose();
    }
  });

  it("a user's delete of an item already expired, before TTL gets to it, carries no identity", async () => {
    // TTL off while the user deletes, so DynamoDB Local cannot delete it first; the item is expired all along.
    const table = await createTable(bed, "KEYS_ONLY");
    const fn = streamFunction(bed, "record-batches");
    const runtime = startTestRuntime({ consumer: fn.definition });
    const running = await startTestPollers(bed, runtime, [{ function: "consumer", table, streamViewType: "KEYS_ONLY" }]);
    try {
      await putItem(bed, table, "expired", expiresAt(-60));
      await bed.db.send(new DeleteItemCommand({ TableName: table, Key: { pk: { S: "expired" } } }));
      await running.pollers.drain();
      const records = invocations(fn.log).flatMap((i) => i.event.Records) as unknown as DynamoDBStreamEventRecord[];
      expect(records.map((r) => r.eventName)).toEqual(["INSERT", "REMOVE"]);
      expect(records[1]).not.toHaveProperty("userIdentity");
    } finally {
      await running.close();
      await runtime.dispose();
    }
  });
});
