import { ApiGatewayManagementApiClient, DeleteConnectionCommand, GetConnectionCommand, GoneException, PayloadTooLargeException, PostToConnectionCommand } from "@aws-sdk/client-apigatewaymanagementapi";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { connect, useWsFixture, type Client } from "./ws-fixture";

describe("the @connections API, through the real @aws-sdk/client-apigatewaymanagementapi", () => {
  const fixture = useWsFixture();
  let sdk: ApiGatewayManagementApiClient;
  beforeAll(() => {
    sdk = new ApiGatewayManagementApiClient({ endpoint: fixture.gateway.managementUrl, region: "us-east-1", credentials: { accessKeyId: "local", secretAccessKey: "local" } });
  });
  afterAll(() => sdk?.destroy());

  const open = async (): Promise<{ client: Client; connectionId: string }> => {
    const client = await connect(`${fixture.gateway.url}?token=good`, { "User-Agent": "probe/1.0" });
    const event = JSON.parse(String(await client.ask(JSON.stringify({ action: "event" })))) as { requestContext: { connectionId: string } };
    return { client, connectionId: event.requestContext.connectionId };
  };

  it("PostToConnection reaches the client: text when UTF-8, binary otherwise", async () => {
    const { client, connectionId } = await open();
    await sdk.send(new PostToConnectionCommand({ ConnectionId: connectionId, Data: new TextEncoder().encode('{"hello":"world"}') }));
    expect(await client.next()).toBe('{"hello":"world"}');
    await sdk.send(new PostToConnectionCommand({ ConnectionId: connectionId, Data: new Uint8Array([0xff, 0xfe, 0x00]) }));
    expect(await client.next()).toEqual(Buffer.from([0xff, 0xfe, 0x00]));
    client.ws.close();
    await client.closed;
  });

  it("GetConnection describes it: connectedAt, identity, lastActiveAt", async () => {
    const before = Date.now();
    const { client, connectionId } = await open();
    const answer = await sdk.send(new GetConnectionCommand({ ConnectionId: connectionId }));
    expect(answer.Identity).toEqual({ SourceIp: "127.0.0.1", UserAgent: "probe/1.0" });
    expect(answer.ConnectedAt).toBeInstanceOf(Date);
    expect(answer.ConnectedAt!.getTime()).toBeGreaterThanOrEqual(before - 1000);
    expect(answer.LastActiveAt!.getTime()).toBeGreaterThanOrEqual(answer.ConnectedAt!.getTime());
    client.ws.close();
    await client.closed;
  });

  it("DeleteConnection closes it and runs $disconnect; afterwards every call is GoneException", async () => {
    const { client, connectionId } = await open();
    await sdk.send(new DeleteConnectionCommand({ ConnectionId: connectionId }));
    expect((await client.closed).code).toBe(1000);
    await expect.poll(() => fixture.eventOf("$disconnect", connectionId)?.requestContext).toMatchObject({ disconnectStatusCode: 1000 });
    await expect(sdk.send(new PostToConnectionCommand({ ConnectionId: connectionId, Data: new TextEncoder().encode("late") }))).rejects.toBeInstanceOf(GoneException);
    await expect(sdk.send(new GetConnectionCommand({ ConnectionId: connectionId }))).rejects.toBeInstanceOf(GoneException);
    await expect(sdk.send(new DeleteConnectionCommand({ ConnectionId: connectionId }))).rejects.toBeInstanceOf(GoneException);
    await expect(sdk.send(new PostToConnectionCommand({ ConnectionId: "bm9zdWNoY29ubmVjdA=", Data: new Uint8Array([1]) }))).rejects.toMatchObject({ name: "GoneException", $metadata: { httpStatusCode: 410 } });
  });

  it("refuses a payload over 128 KB with PayloadTooLargeException", async () => {
    const { client, connectionId } = await open();
    const error = await sdk.send(new PostToConnectionCommand({ ConnectionId: connectionId, Data: new Uint8Array(128 * 1024 + 1).fill(97) })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PayloadTooLargeException);
    await sdk.send(new PostToConnectionCommand({ ConnectionId: connectionId, Data: new Uint8Array(128 * 1024).fill(97) }));
    expect(String(await client.next())).toHaveLength(128 * 1024);
    client.ws.close();
    await client.closed;
  });

  it("answers a path that is not @connections with 403 ForbiddenException", async () => {
    const response = await fetch(fixture.gateway.managementUrl.replace(/\/test$/, "/other/@connections/x"));
    expect(response.status).toBe(403);
    expect(response.headers.get("x-amzn-errortype")).toBe("ForbiddenException");
  });
});
