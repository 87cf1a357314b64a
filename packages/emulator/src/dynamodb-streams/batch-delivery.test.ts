import { describe, expect, it } from "vitest";
import type { InvokeResult, LambdaInvoker } from "../lambda/invoker";
import { deliverBatch, type DeliveryDeps } from "./batch-delivery";
import { retryIndexOf } from "./batch-item-failures";
import type { FailedBatch } from "./failure-record";
import { resolveMapping } from "./mapping-validation";
import { arrivalOf, type PolledRecord } from "./polled-record";
import type { DynamoDBStreamEventRecord } from "./stream-event";

// Units with a scripted invoker and clock; the integration tests in tests/dynamodb-streams run the real runtime.
const T0 = 1_800_000_000_000;

function record(sequence: number, createdMs = T0): PolledRecord {
  const event = { dynamodb: { SequenceNumber: String(sequence).padStart(21, "0"), ApproximateCreationDateTime: createdMs / 1000 } } as DynamoDBStreamEventRecord;
  return { event, arrivedAtMs: createdMs };
}

function harness(mapping: Record<string, unknown>, results: (InvokeResult | ((batch: string[]) => InvokeResult))[]) {
  let clock = T0;
  const calls: string[][] = [];
  const reports: FailedBatch[] = [];
  const invoker: LambdaInvoker = {
    async invoke(_name, event) {
      const batch = (event as { Records: DynamoDBStreamEventRecord[] }).Records.map((r) => r.dynamodb.SequenceNumber.replace(/^0+/, ""));
      calls.push(batch);
      const next = results.shift() ?? ok;
      return typeof next === "function" ? next(batch) : next;
    },
    close: async () => {},
  };
  const deps: DeliveryDeps = {
    mapping: resolveMapping({ function: "fn", table: "tbl", streamViewType: "KEYS_ONLY", ...mapping }),
    invoker,
    report: (batch) => reports.push(batch),
    sleep: async (ms) => {
      clock += ms;
    },
    isClosed: () => false,
    now: () => clock,
    pollIntervalMs: 1000,
    onInvokeError: () => {},
  };
  return { deps, calls, reports, advance: (ms: number) => (clock += ms) };
}

const ok: InvokeResult = { ok: true, payload: null, durationMs: 1, coldStart: false };
const unhandled: InvokeResult = { ok: false, error: "Unhandled", message: "boom", durationMs: 1 };
const throttled: InvokeResult = { ok: false, error: "TooManyRequests", message: "Rate Exceeded.", durationMs: 0 };

describe("deliverBatch", () => {
  it("reports records older than maximumRecordAgeSeconds before invoking, and delivers the rest", async () => {
    const h = harness({ maximumRecordAgeSeconds: 60 }, []);
    h.advance(90_000);
    await deliverBatch([record(1, T0), record(2, T0 + 40_000)], h.deps);
    expect(h.reports.map((r) => [r.condition, r.records.length, r.invokeCount])).toEqual([["RecordAgeExceeded", 1, 0]]);
    expect(h.calls).toEqual([["2"]]);
  });

  it("retries until the records outgrow their maximum age when retries are unlimited", async () => {
    const h = harness({ maximumRecordAgeSeconds: 60 }, Array(100).fill(unhandled));
    await deliverBatch([record(1)], h.deps);
    expect(h.reports.map((r) => r.condition)).toEqual(["RecordAgeExceeded"]);
    // Backoff doubles from the poll interval up to 10 s: 1 + 2 + 4 + 8 + 10 × 5 = 65 s, past the minute, after 9 invocations.
    expect(h.calls.length).toBe(9);
  });

  it("does not count throttled invocations as retries", async () => {
    const h = harness({ maximumRetryAttempts: 0 }, [throttled, throttled, ok]);
    await deliverBatch([record(1)], h.deps);
    expect(h.calls.length).toBe(3);
    expect(h.reports).toEqual([]);
  });

  it("bisects with an odd count: the larger half first", async () => {
    const h = harness({ bisectBatchOnFunctionError: true, maximumRetryAttempts: 0 }, [unhandled, ok, ok]);
    await deliverBatch([record(1), record(2), record(3)], h.deps);
    expect(h.calls).toEqual([["1", "2", "3"], ["1", "2"], ["3"]]);
  });
});

describe("retryIndexOf (ReportBatchItemFailures)", () => {
  const batch = [record(1), record(2), record(3)];
  const id = (n: number) => batch[n - 1]?.event.dynamodb.SequenceNumber;
  it.each([
    ["no response", undefined, undefined],
    ["null", null, undefined],
    ["an empty object", {}, undefined],
    ["null failures", { batchItemFailures: null }, undefined],
    ["no failures", { batchItemFailures: [] }, undefined],
    ["one failure", { batchItemFailures: [{ itemIdentifier: id(2) }] }, 1],
    ["several: the lowest wins", { batchItemFailures: [{ itemIdentifier: id(3) }, { itemIdentifier: id(2) }] }, 1],
    ["an empty identifier", { batchItemFailures: [{ itemIdentifier: "" }] }, 0],
    ["a null identifier", { batchItemFailures: [{ itemIdentifier: null }] }, 0],
    ["a wrong key name", { batchItemFailures: [{ itemId: id(2) }] }, 0],
    ["an identifier not in the batch", { batchItemFailures: [{ itemIdentifier: "999" }] }, 0],
    ["failures that are not a list", { batchItemFailures: "all" }, 0],
  ])("%s", (_, payload, expected) => {
    expect(retryIndexOf(payload, batch)).toBe(expected);
  });
});

describe("arrivalOf", () => {
  it("keeps DynamoDB Local's minute-rounded creation time from ageing a fresh record", () => {
    const event = { dynamodb: { ApproximateCreationDateTime: T0 / 1000 } } as DynamoDBStreamEventRecord;
    expect(arrivalOf(event, T0 + 42_000)).toBe(T0 + 42_000);
    expect(arrivalOf(event, T0 + 3_600_000)).toBe(T0 + 59_999);
    expect(arrivalOf(event, T0 - 5)).toBe(T0);
  });
});
