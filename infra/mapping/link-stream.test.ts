import { describe, expect, it } from "vitest";
import { LINK_STREAM_SUBSCRIBER_NAME, linkStreamSourceFor, linkStreamSubscription } from "./link-stream";
import type { TableDefinitionShape } from "./tables";

function aLinksTable(overrides: Partial<TableDefinitionShape> = {}): TableDefinitionShape {
  return { name: "Links", fields: { code: "string" }, primaryIndex: { hashKey: "code" }, stream: "new-and-old-images", ...overrides };
}

describe("linkStreamSourceFor", () => {
  it("reads the Links table's stream with the stream consumer's handler", () => {
    expect(linkStreamSourceFor([aLinksTable({ name: "Owners", stream: undefined }), aLinksTable()])).toEqual({
      subscriberName: LINK_STREAM_SUBSCRIBER_NAME,
      table: "Links",
      stream: "new-and-old-images",
      handler: "packages/functions/src/handlers/link-stream.handler",
    });
  });

  it("refuses a Links table without both images in its stream (clicks need new ones, TTL releases old ones)", () => {
    expect(() => linkStreamSourceFor([aLinksTable({ stream: undefined })])).toThrow(/stream to be "new-and-old-images" \(it is off\)/);
    expect(() => linkStreamSourceFor([aLinksTable({ stream: "new-image" })])).toThrow(/\(it is "new-image"\)/);
  });

  it("refuses definitions without a Links table", () => {
    expect(() => linkStreamSourceFor([aLinksTable({ name: "Owners" })])).toThrow(/reads the "Links" table, which core does not define/);
  });
});

describe("linkStreamSubscription", () => {
  it("starts at the oldest record, bisects failed batches and bounds the retries", () => {
    expect(linkStreamSubscription).toEqual({ startingPosition: "TRIM_HORIZON", batchSize: 100, bisectBatchOnFunctionError: true, maximumRetryAttempts: 10 });
  });

  it("is within what Lambda's CreateEventSourceMapping accepts for DynamoDB streams", () => {
    // Lambda guide, "Lambda parameters for Amazon DynamoDB event source mappings": 1–10,000 records, retries 0–10,000 or -1.
    expect(linkStreamSubscription.batchSize).toBeGreaterThanOrEqual(1);
    expect(linkStreamSubscription.batchSize).toBeLessThanOrEqual(10_000);
    expect(linkStreamSubscription.maximumRetryAttempts).toBeGreaterThanOrEqual(0);
    expect(linkStreamSubscription.maximumRetryAttempts).toBeLessThanOrEqual(10_000);
    expect(["TRIM_HORIZON", "LATEST"]).toContain(linkStreamSubscription.startingPosition);
  });
});
