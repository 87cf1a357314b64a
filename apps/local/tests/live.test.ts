import { DynamoDBClient, GetItemCommand, PutItemCommand, QueryCommand } from "@aws-sdk/client-dynamodb";
import type { LiveMessage } from "@linkgate/contract/live";
import { afterEach, describe, expect, it } from "vitest";
import { isClick, openLive, type LiveClient } from "./support/live-client";
import { adminClient, newUser, signIn, stack } from "./support/stack-clients";

const follow = (code: string) => fetch(`${stack().apiUrl}/${code}`, { redirect: "manual" });
const opened: LiveClient[] = [];
const CONNECTIONS_TABLE = "linkgate-local-Connections";
const subOf = (token: string) => (JSON.parse(Buffer.from(token.split(".")[1] ?? "", "base64url").toString()) as { sub: string }).sub;
const dynamodbClient = () => new DynamoDBClient({ region: "us-east-1", endpoint: stack().dynamodbEndpoint, credentials: { accessKeyId: "local", secretAccessKey: "local" } });
const live = async (token: string | undefined) => {
  const client = await openLive(token);
  opened.push(client);
  return client;
};

afterEach(async () => {
  await Promise.all(opened.splice(0).map((client) => client.close()));
});

describe("the live API through the whole stack (gateway, Links stream, consumer, @connections)", () => {
  it("pushes each click to its owner's open connections, and to nobody else's", async () => {
    const owner = await newUser("live-owner");
    const other = await newUser("live-other");
    const link = await owner.client.call("createMyLink", { body: { target: "https://example.com/live" } });
    const [first, second, stranger] = await Promise.all([live(owner.token), live(owner.token), live(other.token)]);

    expect((await follow(link.code)).status).toBe(301);
    const day = new Date().toISOString().slice(0, 10);
    for (const connection of [first, second]) await expect(connection.next(isClick(link.code))).resolves.toEqual({ type: "click", code: link.code, totalClicks: 1, day, dayClicks: 1 });

    await Promise.all(Array.from({ length: 5 }, () => follow(link.code)));
    await expect(first.next((m): m is Extract<LiveMessage, { type: "click" }> => isClick(link.code)(m) && m.totalClicks === 6)).resolves.toMatchObject({ dayClicks: 6 });
    // The other user's own click arrives on their connection; none of the owner's ever did.
    const theirs = await other.client.call("createMyLink", { body: { target: "https://example.com/theirs" } });
    await follow(theirs.code);
    await stranger.next(isClick(theirs.code));
    expect(stranger.messages.filter((m) => m.type === "click" && m.code === link.code)).toEqual([]);
  });

  it("tells admins how many redirects happened, and users nothing of it", async () => {
    const admin = await live(await signIn(stack().admin.username, stack().admin.password));
    const user = await newUser("live-traffic");
    const watcher = await live(user.token);
    const link = await (await adminClient()).call("createMyLink", { body: { target: "https://example.com/traffic" } });
    await follow(link.code);
    await expect(admin.next((m): m is Extract<LiveMessage, { type: "traffic" }> => m.type === "traffic")).resolves.toMatchObject({ type: "traffic", redirects: expect.any(Number) });
    expect(watcher.messages.filter((m) => m.type === "traffic")).toEqual([]);
  });

  it("answers a ping, and explains a message it does not know", async () => {
    const user = await newUser("live-ping");
    const connection = await live(user.token);
    connection.send({ action: "ping" });
    await expect(connection.next((m): m is Extract<LiveMessage, { type: "pong" }> => m.type === "pong")).resolves.toMatchObject({ type: "pong" });
    connection.send({ action: "subscribe" });
    await expect(connection.next((m): m is Extract<LiveMessage, { type: "error" }> => m.type === "error")).resolves.toEqual({ type: "error", message: 'Unknown action "subscribe": send {"action":"ping"}, or just listen for updates.' });
  });

  it("refuses the handshake without a token, with a bad one, and for a disabled user", async () => {
    await expect(openLive(undefined)).rejects.toThrow(/handshake refused: 401/);
    await expect(openLive("not.a.jwt")).rejects.toThrow(/handshake refused: 401/);
    const user = await newUser("live-disabled");
    const admin = await adminClient();
    await admin.call("updateUser", { path: { username: user.username }, body: { enabled: false } });
    await expect(openLive(user.token)).rejects.toThrow(/handshake refused: 401/);
  });

  it("keeps a connection under its owner while it is open, and forgets it on $disconnect", async () => {
    const user = await newUser("live-forget");
    const sub = subOf(user.token);
    const dynamodb = dynamodbClient();
    const connectionsOf = async () =>
      (
        await dynamodb.send(
          new QueryCommand({ TableName: CONNECTIONS_TABLE, IndexName: "byOwner", KeyConditionExpression: "ownerId = :owner", ExpressionAttributeValues: { ":owner": { S: `user#${sub}` } } }),
        )
      ).Items?.length ?? 0;
    const connection = await openLive(user.token);
    expect(await connectionsOf()).toBe(1);
    await connection.close();
    await expect.poll(connectionsOf, { timeout: 10_000 }).toBe(0);
  });

  it("forgets a connection whose $disconnect never ran, when the gateway answers Gone", async () => {
    const user = await newUser("live-gone");
    const sub = subOf(user.token);
    const dynamodb = dynamodbClient();
    const table = CONNECTIONS_TABLE;
    // As a crashed client leaves it: the item is there, the connection is not.
    const stale = { connectionId: { S: "c3RhbGUtY29ubmVjdGlvbg==" }, ownerId: { S: `user#${sub}` }, connectedAt: { N: String(Date.now() - 60_000) }, expiresAt: { N: String(Math.floor(Date.now() / 1000) + 3600) } };
    await dynamodb.send(new PutItemCommand({ TableName: table, Item: stale }));
    const open = await live(user.token);
    const link = await user.client.call("createMyLink", { body: { target: "https://example.com/gone" } });
    await follow(link.code);
    // The open connection still gets its click; the stale one is dropped on its Gone.
    await open.next(isClick(link.code));
    await expect.poll(async () => (await dynamodb.send(new GetItemCommand({ TableName: table, Key: { connectionId: stale.connectionId } }))).Item, { timeout: 10_000 }).toBeUndefined();
  });

  it("gives an expired link's unit back to its owner once DynamoDB's TTL deletes it, and tells the owner's pages", async () => {
    const user = await newUser("live-ttl");
    const connection = await live(user.token);
    const keeps = await user.client.call("createMyLink", { body: { target: "https://example.com/keeps" } });
    const stays = await user.client.call("createMyLink", { body: { target: "https://example.com/stays" } });
    const expiring = await user.client.call("createMyLink", { body: { target: "https://example.com/ttl", expiresAt: new Date(Date.now() + 3_000).toISOString() } });
    expect((await user.client.call("getMe", {})).linkCount).toBe(3);
    // DynamoDB Local's TTL deletes it some seconds after it expired; the REMOVE carries the service identity.
    await expect(connection.next((m): m is Extract<LiveMessage, { type: "linkExpired" }> => m.type === "linkExpired" && m.code === expiring.code, 50_000)).resolves.toEqual({ type: "linkExpired", code: expiring.code });
    await expect.poll(async () => (await user.client.call("getMe", {})).linkCount, { timeout: 5_000 }).toBe(2);
    // A user's own delete gives its unit back in the delete itself; its REMOVE record (no service
    // identity) must not give it back again. A click after it, later in the same stream, shows the
    // consumer has read past that record.
    await user.client.call("deleteMyLink", { path: { code: keeps.code } });
    await follow(stays.code);
    await connection.next(isClick(stays.code));
    expect((await user.client.call("getMe", {})).linkCount).toBe(1);
  }, 70_000);
});
