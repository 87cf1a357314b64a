import { describe, expect, it } from "vitest";
import { EventSourceMappingError, resolveMapping } from "./mapping-validation";

const base = { function: "consumer", table: "links", streamViewType: "NEW_IMAGE" };

function fieldOf(input: unknown, known?: string[]): string {
  try {
    resolveMapping(input, known);
  } catch (error) {
    if (error instanceof EventSourceMappingError) return `${error.field}: ${error.message}`;
    throw error;
  }
  throw new Error("accepted");
}

describe("event source mapping validation (CreateEventSourceMapping's rules for DynamoDB streams)", () => {
  it("fills in Lambda's defaults", () => {
    expect(resolveMapping(base)).toEqual({
      ...base,
      startingPosition: "LATEST",
      batchSize: 100,
      maximumBatchingWindowSeconds: 0,
      bisectBatchOnFunctionError: false,
      maximumRetryAttempts: -1,
      maximumRecordAgeSeconds: -1,
      reportBatchItemFailures: false,
    });
  });

  it("accepts the edges of every range", () => {
    for (const edge of [
      { batchSize: 1 }, { batchSize: 10_000 }, { maximumBatchingWindowSeconds: 0 }, { maximumBatchingWindowSeconds: 300 },
      { maximumRetryAttempts: -1 }, { maximumRetryAttempts: 0 }, { maximumRetryAttempts: 10_000 },
      { maximumRecordAgeSeconds: -1 }, { maximumRecordAgeSeconds: 60 }, { maximumRecordAgeSeconds: 604_800 },
      { startingPosition: "TRIM_HORIZON" }, { functionResponseTypes: ["ReportBatchItemFailures"] }, { functionResponseTypes: [] },
    ]) {
      expect(() => resolveMapping({ ...base, ...edge })).not.toThrow();
    }
    expect(resolveMapping({ ...base, functionResponseTypes: ["ReportBatchItemFailures"] }).reportBatchItemFailures).toBe(true);
  });

  it.each([
    [{ batchSize: 0 }, /^batchSize: .*batchSize must be an integer from 1 to 10000, got 0\.$/],
    [{ batchSize: 10_001 }, /^batchSize: /],
    [{ batchSize: 2.5 }, /^batchSize: /],
    [{ batchSize: "10" }, /^batchSize: .*got "10"/],
    [{ maximumBatchingWindowSeconds: 301 }, /^maximumBatchingWindowSeconds: .*from 0 to 300/],
    [{ maximumBatchingWindowSeconds: -1 }, /^maximumBatchingWindowSeconds: /],
    [{ maximumRetryAttempts: -2 }, /^maximumRetryAttempts: .*-1 or from 0 to 10000/],
    [{ maximumRetryAttempts: 10_001 }, /^maximumRetryAttempts: /],
    [{ maximumRecordAgeSeconds: 59 }, /^maximumRecordAgeSeconds: .*-1 or from 60 to 604800, got 59/],
    [{ maximumRecordAgeSeconds: 0 }, /^maximumRecordAgeSeconds: /],
    [{ maximumRecordAgeSeconds: 604_801 }, /^maximumRecordAgeSeconds: /],
    [{ startingPosition: "AT_TIMESTAMP" }, /^startingPosition: .*one of TRIM_HORIZON, LATEST, got "AT_TIMESTAMP"/],
    [{ streamViewType: "NEW" }, /^streamViewType: .*KEYS_ONLY, NEW_IMAGE, OLD_IMAGE, NEW_AND_OLD_IMAGES/],
    [{ streamViewType: undefined }, /^streamViewType: /],
    [{ bisectBatchOnFunctionError: "yes" }, /^bisectBatchOnFunctionError: .*boolean/],
    [{ functionResponseTypes: ["ReportItemFailures"] }, /^functionResponseTypes: /],
    [{ functionResponseTypes: "ReportBatchItemFailures" }, /^functionResponseTypes: /],
    [{ function: "" }, /^function: /],
    [{ table: "ab" }, /^table: .*3 to 255/],
    [{ table: "bad name" }, /^table: /],
    [{ batchsize: 10 }, /^batchsize: .*not a parameter/],
    [{ filterCriteria: { Filters: [] } }, /^filterCriteria: .*1 to 5 filters/],
    [{ filterCriteria: { Filters: [{ Pattern: "{" }] } }, /^filterCriteria: .*Filters\[0\]\.Pattern is not valid JSON/],
    [{ filterCriteria: { Filters: [{ Pattern: '{"eventName":"INSERT"}' }] } }, /^filterCriteria: .*Filters\[0\]\.Pattern\.eventName must be a list of matchers/],
    [{ filterCriteria: { Filters: [{ Pattern: '{"eventName":[{"regex":"I.*"}]}' }] } }, /^filterCriteria: .*unsupported matcher \{"regex":"I\.\*"\}/],
  ])("refuses %j, naming the field", (change, message) => {
    expect(fieldOf({ ...base, ...change })).toMatch(message);
  });

  it("names the mapping in the message", () => {
    expect(fieldOf({ ...base, batchSize: 0 })).toContain('Event source mapping (function "consumer", table "links")');
  });

  it("refuses a function the runtime does not have, and a mapping that is not an object", () => {
    expect(fieldOf(base, ["other"])).toMatch(/^function: .*one of the runtime's functions \(other\)/);
    expect(fieldOf(null)).toMatch(/^mapping: .*must be an object, got null/);
  });
});
