import { describe, expect, it } from "vitest";
import type { TableDefinitionShape } from "./tables";
import { dynamoArgsFor, dynamoTablesFor } from "./tables";

function aTable(overrides: Partial<TableDefinitionShape> = {}): TableDefinitionShape {
  return {
    name: "Links",
    fields: { code: "string", ownerId: "string", createdAt: "number" },
    primaryIndex: { hashKey: "code" },
    globalIndexes: { byOwner: { hashKey: "ownerId", rangeKey: "createdAt", projection: "keys-only" } },
    ttl: "expiresAt",
    ...overrides,
  };
}

describe("dynamoArgsFor", () => {
  it("passes keys, indexes and TTL through, without the name", () => {
    expect(dynamoArgsFor(aTable())).toEqual({
      fields: { code: "string", ownerId: "string", createdAt: "number" },
      primaryIndex: { hashKey: "code" },
      globalIndexes: { byOwner: { hashKey: "ownerId", rangeKey: "createdAt", projection: "keys-only" } },
      ttl: "expiresAt",
    });
  });

  it("refuses a key missing from fields, and a field no index uses (DynamoDB rejects both)", () => {
    expect(() => dynamoArgsFor(aTable({ primaryIndex: { hashKey: "id" } }))).toThrow(/key "id" is not declared/);
    expect(() => dynamoArgsFor(aTable({ fields: { code: "string", ownerId: "string", createdAt: "number", title: "string" } }))).toThrow(
      /field "title" is declared but is not a key/,
    );
  });

  it("passes the stream through as SST spells it, and leaves it out when the table has none", () => {
    expect(dynamoArgsFor(aTable({ stream: "new-and-old-images" })).stream).toBe("new-and-old-images");
    expect(dynamoArgsFor(aTable({ stream: "keys-only" })).stream).toBe("keys-only");
    expect(dynamoArgsFor(aTable())).not.toHaveProperty("stream");
  });

  it("refuses a stream view SST does not know", () => {
    const untyped = { ...aTable(), stream: "NEW_AND_OLD_IMAGES" } as unknown as TableDefinitionShape;
    expect(() => dynamoArgsFor(untyped)).toThrow(/stream "NEW_AND_OLD_IMAGES" is not one of keys-only, new-image, old-image, new-and-old-images/);
  });

  it("refuses a name that cannot be a Resource key", () => {
    expect(() => dynamoArgsFor(aTable({ name: "link-table" }))).toThrow(/PascalCase/);
  });
});

describe("dynamoTablesFor", () => {
  it("refuses the same table twice", () => {
    expect(() => dynamoTablesFor([aTable(), aTable()])).toThrow(/"Links" is defined twice/);
  });
});
