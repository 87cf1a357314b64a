import { DescribeTableCommand } from "@aws-sdk/client-dynamodb";
import { setTimeout as sleep } from "node:timers/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EventSourceMappingError, startStreamPollers } from "../../src/dynamodb-streams";
import { keysOf } from "../fixtures/dynamodb-streams/invocation-log";
import { CREDENTIALS, createTable, invocations, POLL_INTERVAL_MS, putItem, REGION, startTestbed, startTestPollers, startTestRuntime, streamFunction, type Testbed, type TestRuntime } from "./support/streams-testbed";

let bed: Testbed;
let runtime: TestRuntime;
let log: string;
beforeAll(async () => {
  bed = await startTestbed("lifecycle");
  const fn = streamFunction(bed, "record-batches");
  log = fn.log;
  runtime = startTestRuntime({ consumer: fn.definition });
});
afterAll(async () => {
  await runtime?.dispose();
  await bed?.stop();
});

const start = (mappings: Parameters<typeof startStreamPollers>[0]["mappings"], extra: Partial<Parameters<typeof startStreamPollers>[0]> = {}) =>
  startStreamPollers({ endpoint: bed.dynamodb.endpoint, region: REGION, credentials: CREDENTIALS, invoker: runtime.runtime, mappings, logger: () => {}, ...extra });

describe("starting and stopping", () => {
  it("refuses a table whose stream has another view type, and leaves the table as it was", async () => {
    const table = await createTable(bed, "KEYS_ONLY");
    const error = await start([{ function: "consumer", table, streamViewType: "NEW_IMAGE" }]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(EventSourceMappingError);
    expect((error as EventSourceMappingError).field).toBe("streamViewType");
    expect((error as Error).message).toBe(
      `Event source mapping (function "consumer", table "${table}"): the table's stream has view type KEYS_ONLY, the mapping says NEW_IMAGE; change one so they agree.`,
    );
    expect((await bed.db.send(new DescribeTableCommand({ TableName: table }))).Table?.StreamSpecification?.StreamViewType).toBe("KEYS_ONLY");
  });

  it("refuses a table that does not exist", async () => {
    await expect(start([{ function: "consumer", table: `${bed.tablePrefix}missing`, streamViewType: "KEYS_ONLY" }])).rejects.toThrow(
      `Event source mapping (function "consumer", table "${bed.tablePrefix}missing"): table "${bed.tablePrefix}missing" does not exist.`,
    );
  });

  it("refuses an invalid mapping before touching DynamoDB, naming the field", async () => {
    const table = await createTable(bed);
    await expect(start([{ function: "consumer", table, streamViewType: "KEYS_ONLY", batchSize: 0 }])).rejects.toThrow(/batchSize must be an integer from 1 to 10000, got 0/);
    await expect(start([{ function: "nope", table, streamViewType: "KEYS_ONLY" }], { functionNames: ["consumer"] })).rejects.toThrow(/function must be one of the runtime's functions \(consumer\)/);
    await expect(start([{ function: "consumer", table, streamViewType: "KEYS_ONLY" }], { pollIntervalMs: 0 })).rejects.toThrow(/pollIntervalMs must be a positive number/);
    // Nothing enabled the stream.
    expect((await bed.db.send(new DescribeTableCommand({ TableName: table }))).Table?.StreamSpecification).toBeUndefined();
  });

  it("close() stops polling: records written afterwards reach no function", async () => {
    const table = await createTable(bed, "KEYS_ONLY");
    const running = await startTestPollers(bed, runtime, [{ function: "consumer", table, streamViewType: "KEYS_ONLY" }]);
    await putItem(bed, table, "before-close");
    await running.pollers.drain();
    await running.close();
    await running.close();
    await putItem(bed, table, "after-close");
    // Many poll intervals: a poller still running would have delivered it by then.
    await sleep(POLL_INTERVAL_MS * 20);
    await running.pollers.drain();
    expect(invocations(log).map((i) => keysOf(i.event)).flat()).toEqual(["before-close"]);
  });
});
