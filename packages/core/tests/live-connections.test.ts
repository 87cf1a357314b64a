import { DescribeTableCommand, DynamoDBClient, GetItemCommand } from "@aws-sdk/client-dynamodb";
import { LIVE_MAX_CONNECTION_SECONDS } from "@linkgate/contract/live";
import { beforeAll, describe, expect, it } from "vitest";
import { userOwnerId, Validation, type Core } from "../src/index";
import { createTestCore } from "../src/testing/index";
import { uniqueTablePrefix } from "./local-aws";

describe("live connections", () => {
  let core: Core;

  beforeAll(async () => {
    core = await createTestCore(uniqueTablePrefix("live"));
  });

  it("finds an owner's connections, and admins' through the sparse index only", async () => {
    const alice = userOwnerId("alice");
    const admin = userOwnerId("root");
    const connectedAt = Date.now();
    await core.connections.open({ connectionId: "a1", ownerId: alice, admin: false, connectedAt });
    await core.connections.open({ connectionId: "a2", ownerId: alice, admin: false, connectedAt });
    await core.connections.open({ connectionId: "r1", ownerId: admin, admin: true, connectedAt });
    expect((await core.connections.ofOwner(alice)).sort()).toEqual(["a1", "a2"]);
    expect(await core.connections.ofOwner(admin)).toEqual(["r1"]);
    expect(await core.connections.ofAdmins()).toEqual(["r1"]);
    expect(await core.connections.ofOwner(userOwnerId("nobody"))).toEqual([]);

    await core.connections.close("a1");
    await core.connections.close("a1"); // a second $disconnect, or a Gone after it, is no error
    expect(await core.connections.ofOwner(alice)).toEqual(["a2"]);
  });

  it("expires a connection when API Gateway would have closed it", async () => {
    const connectedAt = Date.UTC(2026, 11, 4, 12, 0, 0);
    await core.connections.open({ connectionId: "t1", ownerId: userOwnerId("bob"), admin: false, connectedAt });
    const raw = await new DynamoDBClient({}).send(new GetItemCommand({ TableName: core.tableNames.Connections, Key: { connectionId: { S: "t1" } } }));
    expect(raw.Item?.expiresAt).toEqual({ N: String(connectedAt / 1000 + LIVE_MAX_CONNECTION_SECONDS) });
  });

  it("refuses a connection without a proper owner", async () => {
    await expect(core.connections.open({ connectionId: "x", ownerId: "bob", admin: false, connectedAt: Date.now() })).rejects.toBeInstanceOf(Validation);
  });

  it("creates the Links table with its stream of new and old images", async () => {
    const table = await new DynamoDBClient({}).send(new DescribeTableCommand({ TableName: core.tableNames.Links }));
    expect(table.Table?.StreamSpecification).toEqual({ StreamEnabled: true, StreamViewType: "NEW_AND_OLD_IMAGES" });
  });
});
