import { DeleteItemCommand, DescribeTableCommand, UpdateItemCommand } from "@aws-sdk/client-dynamodb";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DynamoDBStreamEventRecord, StreamViewType } from "../../src/dynamodb-streams";
import { createTable, invocations, putItem, REGION, startTestbed, startTestPollers, startTestRuntime, streamFunction, type Testbed } from "./support/streams-testbed";

let bed: Testbed;
beforeAll(async () => {
  bed = await startTestbed("shape");
});
afterAll(async () => {
  await bed?.stop();
});

/** Which images AWS puts on each kind of record, per view type (DynamoDB developer guide, "Change data capture"). */
const IMAGES: Record<StreamViewType, Record<"INSERT" | "MODIFY" | "REMOVE", string[]>> = {
  KEYS_ONLY: { INSERT: [], MODIFY: [], REMOVE: [] },
  NEW_IMAGE: { INSERT: ["NewImage"], MODIFY: ["NewImage"], REMOVE: [] },
  OLD_IMAGE: { INSERT: [], MODIFY: ["OldImage"], REMOVE: ["OldImage"] },
  NEW_AND_OLD_IMAGES: { INSERT: ["NewImage"], MODIFY: ["NewImage", "OldImage"], REMOVE: ["OldImage"] },
};

describe("stream records as Lambda delivers them", () => {
  for (const viewType of Object.keys(IMAGES) as StreamViewType[]) {
    it(`INSERT, MODIFY and REMOVE carry the ${viewType} images`, async () => {
      // No stream on the table: the poller enables it with the mapping's view type.
      const table = await createTable(bed);
      const fn = streamFunction(bed, "record-batches");
      const runtime = startTestRuntime({ consumer: fn.definition });
      const running = await startTestPollers(bed, runtime, [{ function: "consumer", table, streamViewType: viewType }]);
      try {
        const described = await bed.db.send(new DescribeTableCommand({ TableName: table }));
        expect(described.Table?.StreamSpecification).toEqual({ StreamEnabled: true, StreamViewType: viewType });
        await putItem(bed, table, "k1", { n: { N: "1" }, b: { B: Buffer.from("hi") }, m: { M: { l: { L: [{ BOOL: true }, { NULL: true }] } } }, empty: { M: {} }, none: { L: [] }, ss: { SS: ["x", "y"] } });
        await bed.db.send(new UpdateItemCommand({ TableName: table, Key: { pk: { S: "k1" } }, UpdateExpression: "SET n = :two", ExpressionAttributeValues: { ":two": { N: "2" } } }));
        await bed.db.send(new DeleteItemCommand({ TableName: table, Key: { pk: { S: "k1" } } }));
        await running.pollers.drain();
        const records = invocations(fn.log).flatMap((i) => i.event.Records) as unknown as DynamoDBStreamEventRecord[];
        expect(records.map((r) => r.eventName)).toEqual(["INSERT", "MODIFY", "REMOVE"]);
        for (const record of records) {
          expect(Object.keys(record)).toEqual(["eventID", "eventName", "eventVersion", "eventSource", "awsRegion", "dynamodb", "eventSourceARN"]);
          expect(record).toMatchObject({ eventVersion: "1.1", eventSource: "aws:dynamodb", awsRegion: REGION, eventSourceARN: described.Table?.LatestStreamArn });
          expect(record.dynamodb.Keys).toEqual({ pk: { S: "k1" } });
          expect(record.dynamodb.StreamViewType).toBe(viewType);
          expect(typeof record.dynamodb.ApproximateCreationDateTime).toBe("number");
          expect(typeof record.dynamodb.SizeBytes).toBe("number");
          expect(record.dynamodb.SequenceNumber).toMatch(/^\d+$/);
          const images = Object.keys(record.dynamodb).filter((k) => k.endsWith("Image")).sort();
          expect(images).toEqual(IMAGES[viewType][record.eventName]);
        }
        const image = records[0]?.dynamodb.NewImage ?? records[2]?.dynamodb.OldImage;
        // Every view type but KEYS_ONLY has an image to check; the branch below must not be skipped by accident.
        expect(image === undefined).toBe(viewType === "KEYS_ONLY");
        if (image) {
          // AttributeValue JSON as DynamoDB sends it: numbers as strings, binaries as base64.
          expect(image.b).toEqual({ B: Buffer.from("hi").toString("base64") });
          expect(image.m).toEqual({ M: { l: { L: [{ BOOL: true }, { NULL: true }] } } });
          // The SDK reads an empty map as {}; the event has DynamoDB's { M: {} }.
          expect(image.empty).toEqual({ M: {} });
          expect(image.none).toEqual({ L: [] });
          expect(image.ss).toEqual({ SS: ["x", "y"] });
          expect(image.n).toEqual({ N: records[0]?.dynamodb.NewImage ? "1" : "2" });
        }
      } finally {
        await running.close();
        await runtime.dispose();
      }
    });
  }
});
