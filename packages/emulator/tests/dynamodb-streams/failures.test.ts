import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { keysOf } from "../fixtures/dynamodb-streams/invocation-log";
import { createTable, invocations, putItem, REGION, startTestbed, startTestPollers, startTestRuntime, streamFunction, type Testbed } from "./support/streams-testbed";

let bed: Testbed;
beforeAll(async () => {
  bed = await startTestbed("failures");
});
afterAll(async () => {
  await bed?.stop();
});

async function tableWith(keys: string[]): Promise<string> {
  const table = await createTable(bed, "KEYS_ONLY");
  for (const key of keys) await putItem(bed, table, key);
  return table;
}
const seen = (log: string) => invocations(log).map((i) => ({ keys: keysOf(i.event), outcome: i.outcome }));
const sequenceOf = (log: string, key: string): string => {
  const record = invocations(log).flatMap((i) => i.event.Records).find((r) => r.dynamodb.Keys.pk?.S === key);
  if (!record) throw new Error(`no record for ${key}`);
  return record.dynamodb.SequenceNumber;
};

describe("function errors", () => {
  it("retries the same batch until it succeeds, and later batches wait for it", async () => {
    const table = await tableWith(["k1", "k2", "k3", "k4", "k5"]);
    const fn = streamFunction(bed, "fail-then-succeed", { FAILURES: "2" });
    const runtime = startTestRuntime({ consumer: fn.definition });
    const running = await startTestPollers(bed, runtime, [{ function: "consumer", table, streamViewType: "KEYS_ONLY", startingPosition: "TRIM_HORIZON", batchSize: 3 }]);
    try {
      await running.pollers.drain();
      expect(seen(fn.log)).toEqual([
        { keys: ["k1", "k2", "k3"], outcome: "error" },
        { keys: ["k1", "k2", "k3"], outcome: "error" },
        { keys: ["k1", "k2", "k3"], outcome: "ok" },
        { keys: ["k4", "k5"], outcome: "ok" },
      ]);
      expect(running.failures).toEqual([]);
    } finally {
      await running.close();
      await runtime.dispose();
    }
  });

  it("after maximumRetryAttempts reports the batch as Lambda's on-failure record, logs it, and moves on", async () => {
    const table = await tableWith(["k1", "k2"]);
    const fn = streamFunction(bed, "fail-then-succeed", { FAILURES: "3" });
    const runtime = startTestRuntime({ consumer: fn.definition });
    const running = await startTestPollers(bed, runtime, [
      { function: "consumer", table, streamViewType: "KEYS_ONLY", startingPosition: "TRIM_HORIZON", batchSize: 2, maximumRetryAttempts: 2 },
    ]);
    try {
      await running.pollers.drain();
      await putItem(bed, table, "k3");
      await running.pollers.drain();
      expect(seen(fn.log)).toEqual([
        { keys: ["k1", "k2"], outcome: "error" },
        { keys: ["k1", "k2"], outcome: "error" },
        { keys: ["k1", "k2"], outcome: "error" },
        { keys: ["k3"], outcome: "ok" },
      ]);
      expect(running.failures).toHaveLength(1);
      const [failure] = running.failures;
      expect(failure).toMatchObject({
        requestContext: { functionArn: `arn:aws:lambda:${REGION}:123456789012:function:consumer`, condition: "RetryAttemptsExhausted", approximateInvokeCount: 3 },
        responseContext: { statusCode: 200, executedVersion: "$LATEST", functionError: "Unhandled" },
        version: "1.0",
        DDBStreamBatchInfo: { startSequenceNumber: sequenceOf(fn.log, "k1"), endSequenceNumber: sequenceOf(fn.log, "k2"), batchSize: 2 },
      });
      expect(failure?.DDBStreamBatchInfo.shardId).toMatch(/^shardId-/);
      expect(failure?.DDBStreamBatchInfo.streamArn).toContain(`table/${table}/stream/`);
      expect(failure?.DDBStreamBatchInfo.approximateArrivalOfFirstRecord).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
      expect(failure?.requestContext.requestId).toMatch(/^[0-9a-f-]{36}$/);
      const logged = running.logs.filter((entry) => entry.level === "ERROR");
      expect(logged).toHaveLength(1);
      expect(logged[0]).toMatchObject({ functionName: "consumer", requestId: failure?.requestContext.requestId, DDBStreamBatchInfo: failure?.DDBStreamBatchInfo });
    } finally {
      await running.close();
      await runtime.dispose();
    }
  });

  it("bisects a failing batch down to the poison record, which alone is retried and reported", async () => {
    const keys = ["k1", "k2", "k3", "k4", "k5", "k6", "k7", "k8"];
    const table = await tableWith(keys);
    const fn = streamFunction(bed, "poison-record", { POISON_KEY: "k5" });
    const runtime = startTestRuntime({ consumer: fn.definition });
    const running = await startTestPollers(bed, runtime, [
      { function: "consumer", table, streamViewType: "KEYS_ONLY", startingPosition: "TRIM_HORIZON", batchSize: 8, bisectBatchOnFunctionError: true, maximumRetryAttempts: 1 },
    ]);
    try {
      await running.pollers.drain();
      const calls = seen(fn.log);
      // Every other record delivered once, in order; the poison one never succeeds.
      expect(calls.filter((c) => c.outcome === "ok").flatMap((c) => c.keys)).toEqual(["k1", "k2", "k3", "k4", "k6", "k7", "k8"]);
      // Splits used no retries; the poison record alone got its one retry.
      const alone = calls.filter((c) => c.keys.length === 1 && c.keys[0] === "k5");
      expect(alone).toHaveLength(2);
      expect(running.failures).toHaveLength(1);
      expect(running.failures[0]?.DDBStreamBatchInfo).toMatchObject({ startSequenceNumber: sequenceOf(fn.log, "k5"), endSequenceNumber: sequenceOf(fn.log, "k5"), batchSize: 1 });
      expect(running.failures[0]?.requestContext).toMatchObject({ condition: "RetryAttemptsExhausted" });
      // Invocations the poison record was part of: the batch of 8, of 4, of 2, then alone twice.
      expect(running.failures[0]?.requestContext.approximateInvokeCount).toBe(calls.filter((c) => c.keys.includes("k5")).length);
      expect(calls.filter((c) => c.keys.includes("k5")).map((c) => c.keys.length)).toEqual([8, 4, 2, 1, 1]);
    } finally {
      await running.close();
      await runtime.dispose();
    }
  });

  it("with maximumRetryAttempts 0 and bisect, the poison record is reported after its first invocation alone", async () => {
    const table = await tableWith(["k1", "k2", "k3"]);
    const fn = streamFunction(bed, "poison-record", { POISON_KEY: "k1" });
    const runtime = startTestRuntime({ consumer: fn.definition });
    const running = await startTestPollers(bed, runtime, [
      { function: "consumer", table, streamViewType: "KEYS_ONLY", startingPosition: "TRIM_HORIZON", bisectBatchOnFunctionError: true, maximumRetryAttempts: 0 },
    ]);
    try {
      await running.pollers.drain();
      expect(seen(fn.log)).toEqual([
        { keys: ["k1", "k2", "k3"], outcome: "error" },
        { keys: ["k1", "k2"], outcome: "error" },
        { keys: ["k1"], outcome: "error" },
        { keys: ["k2"], outcome: "ok" },
        { keys: ["k3"], outcome: "ok" },
      ]);
      expect(running.failures.map((f) => f.DDBStreamBatchInfo.batchSize)).toEqual([1]);
    } finally {
      await running.close();
      await runtime.dispose();
    }
  });
});

describe("ReportBatchItemFailures", () => {
  it("retries from the reported record, not from the start of the batch", async () => {
    const table = await tableWith(["k1", "k2", "k3", "k4", "k5"]);
    const fn = streamFunction(bed, "report-item-failure", { FAILING_KEY: "k3", REPORTS: "1" });
    const runtime = startTestRuntime({ consumer: fn.definition });
    const running = await startTestPollers(bed, runtime, [
      { function: "consumer", table, streamViewType: "KEYS_ONLY", startingPosition: "TRIM_HORIZON", functionResponseTypes: ["ReportBatchItemFailures"] },
    ]);
    try {
      await running.pollers.drain();
      expect(seen(fn.log)).toEqual([
        { keys: ["k1", "k2", "k3", "k4", "k5"], outcome: "partial" },
        { keys: ["k3", "k4", "k5"], outcome: "ok" },
      ]);
      expect(running.failures).toEqual([]);
    } finally {
      await running.close();
      await runtime.dispose();
    }
  });

  it("reports the records from the checkpoint on when the retries run out", async () => {
    const table = await tableWith(["k1", "k2", "k3", "k4"]);
    const fn = streamFunction(bed, "report-item-failure", { FAILING_KEY: "k2", REPORTS: "always" });
    const runtime = startTestRuntime({ consumer: fn.definition });
    const running = await startTestPollers(bed, runtime, [
      { function: "consumer", table, streamViewType: "KEYS_ONLY", startingPosition: "TRIM_HORIZON", functionResponseTypes: ["ReportBatchItemFailures"], maximumRetryAttempts: 1 },
    ]);
    try {
      await running.pollers.drain();
      expect(seen(fn.log).map((c) => c.keys)).toEqual([["k1", "k2", "k3", "k4"], ["k2", "k3", "k4"]]);
      expect(running.failures).toHaveLength(1);
      expect(running.failures[0]?.DDBStreamBatchInfo).toMatchObject({ startSequenceNumber: sequenceOf(fn.log, "k2"), endSequenceNumber: sequenceOf(fn.log, "k4"), batchSize: 3 });
      // The function answered: no functionError.
      expect(running.failures[0]?.responseContext).toEqual({ statusCode: 200, executedVersion: "$LATEST" });
    } finally {
      await running.close();
      await runtime.dispose();
    }
  });

  it("an empty itemIdentifier fails the whole batch; without the response type the response is ignored", async () => {
    const table = await tableWith(["k1", "k2"]);
    const strict = streamFunction(bed, "report-item-failure", { FAILING_KEY: "k2", REPORTS: "1", RESPONSE: "empty-identifier" });
    const ignored = streamFunction(bed, "report-item-failure", { FAILING_KEY: "k2", REPORTS: "always" });
    const runtime = startTestRuntime({ strict: strict.definition, ignored: ignored.definition });
    const running = await startTestPollers(bed, runtime, [
      { function: "strict", table, streamViewType: "KEYS_ONLY", startingPosition: "TRIM_HORIZON", functionResponseTypes: ["ReportBatchItemFailures"] },
      { function: "ignored", table, streamViewType: "KEYS_ONLY", startingPosition: "TRIM_HORIZON" },
    ]);
    try {
      await running.pollers.drain();
      expect(seen(strict.log).map((c) => c.keys)).toEqual([["k1", "k2"], ["k1", "k2"]]);
      expect(seen(ignored.log).map((c) => c.keys)).toEqual([["k1", "k2"]]);
    } finally {
      await running.close();
      await runtime.dispose();
    }
  });
});
