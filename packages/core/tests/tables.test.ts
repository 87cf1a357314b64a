import { DynamoDB } from "@aws-sdk/client-dynamodb";
import { uniqueTablePrefix } from "./local-aws";
import { beforeAll, describe, expect, it } from "vitest";
import { tableDefinitions, type Core } from "../src/index";
import { createTestCore } from "../src/testing/index";

const typeCodes = { string: "S", number: "N", binary: "B" } as const;

describe("tables created from the models match the single table definition", () => {
  let core: Core;
  const ddb = new DynamoDB({});

  beforeAll(async () => {
    core = await createTestCore(uniqueTablePrefix("tables"));
  });

  describe.each(tableDefinitions.map((definition) => [definition.name, definition] as const))("%s", (name, definition) => {
    it("has the definition's keys, attribute types, indexes and on-demand billing", async () => {
      const physical = core.tableNames[name as keyof Core["tableNames"]];
      const { Table } = await ddb.describeTable({ TableName: physical });
      const keySchema = (keys: { hashKey: string; rangeKey?: string }) => [
        { AttributeName: keys.hashKey, KeyType: "HASH" },
        ...(keys.rangeKey ? [{ AttributeName: keys.rangeKey, KeyType: "RANGE" }] : []),
      ];
      expect(Table?.KeySchema).toEqual(keySchema(definition.primaryIndex));
      const attributes = Object.fromEntries((Table?.AttributeDefinitions ?? []).map((a) => [a.AttributeName, a.AttributeType]));
      expect(attributes).toEqual(Object.fromEntries(Object.entries(definition.fields).map(([field, type]) => [field, typeCodes[type]])));
      const indexes = Object.fromEntries(
        (Table?.GlobalSecondaryIndexes ?? []).map((index) => [index.IndexName, { keys: index.KeySchema, projection: index.Projection?.ProjectionType }]),
      );
      expect(indexes).toEqual(
        Object.fromEntries(
          Object.entries(definition.globalIndexes ?? {}).map(([indexName, index]) => [
            indexName,
            { keys: keySchema(index), projection: index.projection === "keys-only" ? "KEYS_ONLY" : "ALL" },
          ]),
        ),
      );
      expect(Table?.BillingModeSummary?.BillingMode).toBe("PAY_PER_REQUEST");
    });

    it("has the definition's TTL attribute", async () => {
      const physical = core.tableNames[name as keyof Core["tableNames"]];
      const { TimeToLiveDescription } = await ddb.describeTimeToLive({ TableName: physical });
      if (definition.ttl) {
        expect(TimeToLiveDescription).toMatchObject({ TimeToLiveStatus: "ENABLED", AttributeName: definition.ttl });
      } else {
        expect(TimeToLiveDescription?.TimeToLiveStatus).toBe("DISABLED");
      }
    });
  });

  it("creating the tables again is harmless", async () => {
    const { createTables } = await import("../src/index");
    await expect(createTables(core)).resolves.toBeUndefined();
  });
});
