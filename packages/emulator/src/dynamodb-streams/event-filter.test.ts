import { describe, expect, it } from "vitest";
import { compileFilterCriteria } from "./event-filter";

const fail = (rule: string): never => {
  throw new Error(rule);
};
const filterOf = (...patterns: object[]) => compileFilterCriteria({ Filters: patterns.map((p) => ({ Pattern: JSON.stringify(p) })) }, fail);

// The record of the Lambda guide's DynamoDB filtering page (with-ddb-filtering), with an eventName.
const record = {
  eventName: "INSERT",
  dynamodb: {
    Keys: { CustomerName: { S: "AnyCompany Industries" } },
    NewImage: { AccountManager: { S: "Pat Candella" }, PaymentTerms: { S: "60 days" }, CustomerName: { S: "AnyCompany Industries" }, Tags: { L: [{ S: "a" }, { S: "b" }] } },
    SizeBytes: 26,
    StreamViewType: "NEW_IMAGE",
  },
};

describe("event filtering", () => {
  it.each([
    ["equals on a key", { dynamodb: { Keys: { CustomerName: { S: ["AnyCompany Industries"] } } } }, true],
    ["equals, no match", { dynamodb: { Keys: { CustomerName: { S: ["Other"] } } } }, false],
    ["or within a list", { eventName: ["MODIFY", "INSERT"] }, true],
    ["and across keys", { eventName: ["INSERT"], dynamodb: { NewImage: { PaymentTerms: { S: ["30 days"] } } } }, false],
    ["prefix", { dynamodb: { NewImage: { AccountManager: { S: [{ prefix: "Pat" }] } } } }, true],
    ["suffix", { dynamodb: { NewImage: { PaymentTerms: { S: [{ suffix: "days" }] } } } }, true],
    ["equals-ignore-case", { eventName: [{ "equals-ignore-case": "insert" }] }, true],
    ["anything-but a list", { eventName: [{ "anything-but": ["REMOVE", "MODIFY"] }] }, true],
    ["anything-but the value", { eventName: [{ "anything-but": "INSERT" }] }, false],
    ["anything-but a prefix", { eventName: [{ "anything-but": { prefix: "IN" } }] }, false],
    ["numeric range on a JSON number", { dynamodb: { SizeBytes: [{ numeric: [">", 10, "<=", 26] }] } }, true],
    ["numeric outside the range", { dynamodb: { SizeBytes: [{ numeric: ["<", 10] }] } }, false],
    ["numeric on a DynamoDB N string never matches", { dynamodb: { NewImage: { PaymentTerms: { S: [{ numeric: [">", 0] }] } } } }, false],
    ["exists, on the leaf", { dynamodb: { NewImage: { AccountManager: { S: [{ exists: true }] } } } }, true],
    ["exists on an intermediate node never matches", { dynamodb: { NewImage: { AccountManager: [{ exists: true }] } } }, false],
    ["does not exist", { dynamodb: { OldImage: [{ exists: false }] } }, true],
    ["does not exist, but does", { dynamodb: { NewImage: { AccountManager: [{ exists: false }] } } }, false],
    ["a list value matches when an element does", { dynamodb: { NewImage: { Tags: { L: { S: ["b"] } } } } }, true],
    ["empty string", { dynamodb: { NewImage: { PaymentTerms: { S: [""] } } } }, false],
  ])("%s", (_, pattern, expected) => {
    expect(filterOf(pattern)(record)).toBe(expected);
  });

  it("passes a record that matches any of the filters", () => {
    expect(filterOf({ eventName: ["REMOVE"] }, { eventName: ["INSERT"] })(record)).toBe(true);
    expect(filterOf({ eventName: ["REMOVE"] }, { eventName: ["MODIFY"] })(record)).toBe(false);
  });

  it("refuses more than five filters and patterns that are not objects", () => {
    expect(() => filterOf(...Array.from({ length: 6 }, () => ({ eventName: ["INSERT"] })))).toThrow(/1 to 5 filters/);
    expect(() => compileFilterCriteria({ Filters: [{ Pattern: "[1]" }] }, fail)).toThrow("Filters[0].Pattern must be a JSON object");
    expect(() => filterOf({ dynamodb: { SizeBytes: [{ numeric: ["~", 1] }] } })).toThrow(/unsupported matcher/);
  });
});
