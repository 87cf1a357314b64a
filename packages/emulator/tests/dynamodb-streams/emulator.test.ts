import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startEmulator, type StreamFailureRecord } from "../../src/index";
import { keysOf } from "../fixtures/dynamodb-streams/invocation-log";
import { PACKAGE_DIR } from "../lambda/runtime-fixtures";
import { CREDENTIALS, createTable, invocations, putItem, REGION, startTestbed, streamFunction, type Testbed } from "./support/streams-testbed";

let bed: Testbed;
beforeAll(async () => {
  bed = await startTestbed("emulator");
});
afterAll(async () => {
  await bed?.stop();
});

const definitionWith = (functions: Record<string, ReturnType<typeof streamFunction>["definition"]>) => ({
  restApiId: "streams",
  stage: "test",
  routes: [],
  functions,
});

describe("startEmulator with event source mappings", () => {
  it("delivers the table's stream to the mapped function, and reports discarded batches", async () => {
    const table = await createTable(bed);
    const consumer = streamFunction(bed, "record-batches");
    const failing = streamFunction(bed, "fail-then-succeed", { FAILURES: "100" });
    const failures: StreamFailureRecord[] = [];
    const emulator = await startEmulator({
      definition: definitionWith({ consumer: consumer.definition, failing: failing.definition }),
      rootDir: PACKAGE_DIR,
      bundleDir: bed.logDir,
      dynamodb: { endpoint: bed.dynamodb.endpoint, region: REGION, credentials: CREDENTIALS },
      eventSourceMappings: [
        { function: "consumer", table, streamViewType: "NEW_IMAGE" },
        { function: "failing", table, streamViewType: "NEW_IMAGE", maximumRetryAttempts: 0 },
      ],
      onStreamFailure: (record) => failures.push(record),
      runtimeLogger: () => {},
    });
    try {
      await putItem(bed, table, "k1");
      await emulator.streamPollers?.drain();
      expect(invocations(consumer.log).map((i) => keysOf(i.event))).toEqual([["k1"]]);
      expect(failures.map((f) => f.requestContext.functionArn)).toEqual([`arn:aws:lambda:${REGION}:123456789012:function:failing`]);
    } finally {
      await emulator.close();
    }
  });

  it("refuses mappings without a DynamoDB, and mappings to functions it does not have", async () => {
    const table = await createTable(bed);
    const consumer = streamFunction(bed, "record-batches");
    const base = { definition: definitionWith({ consumer: consumer.definition }), rootDir: PACKAGE_DIR, bundleDir: bed.logDir, runtimeLogger: () => {} };
    await expect(startEmulator({ ...base, eventSourceMappings: [{ function: "consumer", table, streamViewType: "KEYS_ONLY" }] })).rejects.toThrow(
      /eventSourceMappings need the dynamodb option/,
    );
    await expect(
      startEmulator({
        ...base,
        dynamodb: { endpoint: bed.dynamodb.endpoint, region: REGION, credentials: CREDENTIALS },
        eventSourceMappings: [{ function: "other", table, streamViewType: "KEYS_ONLY" }],
      }),
    ).rejects.toThrow(/function must be one of the runtime's functions \(consumer\), got "other"/);
  });
});
