import { BatchWriteItemCommand, DeleteItemCommand, UpdateItemCommand } from "@aws-sdk/client-dynamodb";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { keysOf } from "../fixtures/dynamodb-streams/invocation-log";
import { createTable, invocations, putItem, startTestbed, startTestPollers, startTestRuntime, streamFunction, type Testbed } from "./support/streams-testbed";

let bed: Testbed;
beforeAll(async () => {
  bed = await startTestbed("batching");
});
afterAll(async () => {
  await bed?.stop();
});

const keys = (log: string) => invocations(log).map((i) => keysOf(i.event));

describe("batches, starting positions and order", () => {
  it("TRIM_HORIZON delivers what was written before the poller started; LATEST only what came after", async () => {
    const table = await createTable(bed, "NEW_IMAGE");
    await putItem(bed, table, "before-1");
    await putItem(bed, table, "before-2");
    const oldest = streamFunction(bed, "record-batches");
    const latest = streamFunction(bed, "record-batches");
    const defaulted = streamFunction(bed, "record-batches");
    const runtime = startTestRuntime({ oldest: oldest.definition, latest: latest.definition, defaulted: defaulted.definition });
    const running = await startTestPollers(bed, runtime, [
      { function: "oldest", table, streamViewType: "NEW_IMAGE", startingPosition: "TRIM_HORIZON" },
      { function: "latest", table, streamViewType: "NEW_IMAGE", startingPosition: "LATEST" },
      { function: "defaulted", table, streamViewType: "NEW_IMAGE" },
    ]);
    try {
      await putItem(bed, table, "after");
      await running.pollers.drain();
      expect(keys(oldest.log).flat()).toEqual(["before-1", "before-2", "after"]);
      expect(keys(latest.log).flat()).toEqual(["after"]);
      expect(keys(defaulted.log).flat()).toEqual(["after"]);
    } finally {
      await running.close();
      await runtime.dispose();
    }
  });

  it("batches hold at most batchSize records", async () => {
    const table = await createTable(bed, "KEYS_ONLY");
    for (let i = 1; i <= 7; i++) await putItem(bed, table, `k${i}`);
    const fn = streamFunction(bed, "record-batches");
    const runtime = startTestRuntime({ consumer: fn.definition });
    const running = await startTestPollers(bed, runtime, [{ function: "consumer", table, streamViewType: "KEYS_ONLY", startingPosition: "TRIM_HORIZON", batchSize: 3 }]);
    try {
      await running.pollers.drain();
      expect(keys(fn.log)).toEqual([["k1", "k2", "k3"], ["k4", "k5", "k6"], ["k7"]]);
    } finally {
      await running.close();
      await runtime.dispose();
    }
  });

  it("without a batching window a record goes out on its own; with one, later records join its batch", async () => {
    const table = await createTable(bed, "KEYS_ONLY");
    const eager = streamFunction(bed, "record-batches");
    const patient = streamFunction(bed, "record-batches");
    const runtime = startTestRuntime({ eager: eager.definition, patient: patient.definition });
    const running = await startTestPollers(bed, runtime, [
      { function: "eager", table, streamViewType: "KEYS_ONLY" },
      // Long enough for the writes below on a loaded machine; the drain waits it out.
      { function: "patient", table, streamViewType: "KEYS_ONLY", maximumBatchingWindowSeconds: 4 },
    ]);
    try {
      await putItem(bed, table, "first");
      // Once "first" is delivered to the eager mapping, both mappings have read it.
      await expect.poll(() => keys(eager.log).length, { timeout: 10_000 }).toBe(1);
      await putItem(bed, table, "second");
      await putItem(bed, table, "third");
      await running.pollers.drain();
      expect(keys(eager.log)[0]).toEqual(["first"]);
      expect(keys(eager.log).flat()).toEqual(["first", "second", "third"]);
      expect(keys(patient.log)).toEqual([["first", "second", "third"]]);
    } finally {
      await running.close();
      await runtime.dispose();
    }
  });

  it("keeps the order of a burst of writes to one key: ascending sequence numbers, none lost", async () => {
    const table = await createTable(bed, "NEW_IMAGE");
    const fn = streamFunction(bed, "record-batches");
    const runtime = startTestRuntime({ consumer: fn.definition });
    const running = await startTestPollers(bed, runtime, [{ function: "consumer", table, streamViewType: "NEW_IMAGE", batchSize: 7 }]);
    const writes = 150;
    try {
      // Concurrent writers, ten at a time; DynamoDB serialises them, the stream keeps that order.
      for (let i = 0; i < writes; i += 10) {
        await Promise.all(
          Array.from({ length: 10 }, () =>
            bed.db.send(new UpdateItemCommand({ TableName: table, Key: { pk: { S: "hot" } }, UpdateExpression: "ADD n :one", ExpressionAttributeValues: { ":one": { N: "1" } } })),
          ),
        );
      }
      await running.pollers.drain();
      const batches = invocations(fn.log).map((i) => i.event.Records as unknown as { dynamodb: { SequenceNumber: string; NewImage: { n: { N: string } } } }[]);
      expect(batches.every((batch) => batch.length <= 7)).toBe(true);
      const records = batches.flat();
      const sequence = records.map((r) => BigInt(r.dynamodb.SequenceNumber));
      expect(sequence.every((s, i) => i === 0 || s > (sequence[i - 1] as bigint))).toBe(true);
      // ADD returns the running count: the images read 1..150 with no gap and no repeat.
      expect(records.map((r) => Number(r.dynamodb.NewImage.n.N))).toEqual(Array.from({ length: writes }, (_, i) => i + 1));
    } finally {
      await running.close();
      await runtime.dispose();
    }
  });

  it("reads up to batchSize records in one batch when more than GetRecords' 1,000 are waiting", async () => {
    const table = await createTable(bed, "KEYS_ONLY");
    const total = 1100;
    for (let i = 0; i < total; i += 25) {
      const requests = Array.from({ length: 25 }, (_, j) => ({ PutRequest: { Item: { pk: { S: `k${String(i + j).padStart(4, "0")}` } } } }));
      await bed.db.send(new BatchWriteItemCommand({ RequestItems: { [table]: requests } }));
    }
    const fn = streamFunction(bed, "record-batches");
    const runtime = startTestRuntime({ consumer: fn.definition });
    const running = await startTestPollers(bed, runtime, [{ function: "consumer", table, streamViewType: "KEYS_ONLY", startingPosition: "TRIM_HORIZON", batchSize: 1050 }]);
    try {
      await running.pollers.drain();
      expect(keys(fn.log).map((batch) => batch.length)).toEqual([1050, 50]);
    } finally {
      await running.close();
      await runtime.dispose();
    }
  });

  it("filterCriteria: only matching records reach the function; a batch filtered out entirely invokes nothing", async () => {
    const table = await createTable(bed, "NEW_IMAGE");
    const filtered = streamFunction(bed, "record-batches");
    const runtime = startTestRuntime({ filtered: filtered.definition });
    const pattern = { eventName: ["INSERT"], dynamodb: { NewImage: { kind: { S: [{ prefix: "keep" }] } } } };
    const running = await startTestPollers(bed, runtime, [
      { function: "filtered", table, streamViewType: "NEW_IMAGE", filterCriteria: { Filters: [{ Pattern: JSON.stringify(pattern) }] } },
    ]);
    try {
      await putItem(bed, table, "dropped", { kind: { S: "other" } });
      await running.pollers.drain();
      await putItem(bed, table, "kept", { kind: { S: "keep-me" } });
      await putItem(bed, table, "kept", { kind: { S: "keep-me" }, n: { N: "2" } });
      await bed.db.send(new DeleteItemCommand({ TableName: table, Key: { pk: { S: "kept" } } }));
      await running.pollers.drain();
      expect(invocations(filtered.log).map((i) => ({ keys: keysOf(i.event), names: i.event.Records.map((r) => (r as unknown as { eventName: string }).eventName) }))).toEqual([
        { keys: ["kept"], names: ["INSERT"] },
      ]);
    } finally {
      await running.close();
      await runtime.dispose();
    }
  });
});
