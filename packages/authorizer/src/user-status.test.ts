import type { GetItemCommand } from "@aws-sdk/client-dynamodb";
import { describe, expect, it } from "vitest";
import { createUserStatus } from "./user-status";

/** A fake DynamoDB: the owner records as a map, and a log of what was asked. */
function fakeOwners(records: Record<string, boolean | undefined>) {
  const reads: unknown[] = [];
  const client = {
    send: async (command: GetItemCommand) => {
      reads.push(command.input);
      const ownerId = command.input.Key?.ownerId?.S ?? "";
      const disabled = records[ownerId];
      return { Item: ownerId in records ? { ownerId: { S: ownerId }, ...(disabled === undefined ? {} : { disabled: { BOOL: disabled } }) } : undefined };
    },
  };
  return { client: client as unknown as Parameters<typeof createUserStatus>[0]["client"], reads, records };
}

describe("createUserStatus", () => {
  it("reads one owner item by key user#<sub>, strongly consistent", async () => {
    const owners = fakeOwners({ "user#s1": true });
    const status = createUserStatus({ client: owners.client, tableName: "Owners-t" });
    expect(await status.isDisabled("s1")).toBe(true);
    expect(owners.reads).toEqual([{ TableName: "Owners-t", Key: { ownerId: { S: "user#s1" } }, ProjectionExpression: "disabled", ConsistentRead: true }]);
  });

  it("treats no record, or no disabled attribute, as active", async () => {
    const status = createUserStatus({ client: fakeOwners({ "user#s2": undefined }).client, tableName: "t" });
    expect(await status.isDisabled("s2")).toBe(false);
    expect(await status.isDisabled("nobody")).toBe(false);
  });

  it("reads again on every call: a disable shows at once, with no cache to race the gateway's flush", async () => {
    const owners = fakeOwners({ "user#s3": false });
    const status = createUserStatus({ client: owners.client, tableName: "t" });
    expect(await status.isDisabled("s3")).toBe(false);
    owners.records["user#s3"] = true;
    expect(await status.isDisabled("s3")).toBe(true);
    expect(owners.reads).toHaveLength(2);
  });

  it("lets a read failure through (the authorizer turns it into Unauthorized)", async () => {
    const client = { send: async () => Promise.reject(new Error("ProvisionedThroughputExceededException")) };
    const status = createUserStatus({ client: client as never, tableName: "t" });
    await expect(status.isDisabled("s4")).rejects.toThrow(/Throughput/);
  });
});
