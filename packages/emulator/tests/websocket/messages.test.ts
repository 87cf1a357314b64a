import { describe, expect, it } from "vitest";
import { connect, useWsFixture, type Client } from "./ws-fixture";

const AWS_ID = /^[A-Za-z0-9_-]{15}=$/;

describe("WebSocket messages: route selection, the Lambda proxy events, frames both ways", () => {
  const fixture = useWsFixture(() => ({ stageVariables: { flavour: "plain" } }));
  const open = (): Promise<Client> => connect(`${fixture.gateway.url}?token=good&room=blue&room=red`, { "X-Custom": "hello" });

  it("selects the route by action, falls back to $default for an unknown action or a body that is not JSON", async () => {
    const client = await open();
    expect(await client.ask(JSON.stringify({ action: "echo", text: "hi" }))).toBe('{"action":"echo","text":"hi"}');
    expect(await client.ask(JSON.stringify({ action: "nope" }))).toBe('default:{"action":"nope"}');
    expect(await client.ask("not json")).toBe("default:not json");
    expect(await client.ask(JSON.stringify({ action: "$disconnect" }))).toBe('default:{"action":"$disconnect"}');
    client.ws.close();
    await client.closed;
  });

  it("sends a binary frame to $default base64-encoded", async () => {
    const client = await open();
    expect(await client.ask(Buffer.from([0, 1, 2, 255]))).toBe(`default:base64:${Buffer.from([0, 1, 2, 255]).toString("base64")}`);
    client.ws.close();
    await client.closed;
  });

  it("answers a failing integration with AWS's error frame and sends nothing for a route that returns no body", async () => {
    const client = await open();
    const frame = JSON.parse(String(await client.ask(JSON.stringify({ action: "fail" })))) as Record<string, string>;
    expect(frame.message).toBe("Internal server error");
    expect(frame.connectionId).toMatch(AWS_ID);
    expect(frame.requestId).toMatch(AWS_ID);
    client.ws.send(JSON.stringify({ action: "silent" }));
    expect(await client.ask(JSON.stringify({ action: "echo" }))).toBe('{"action":"echo"}');
    client.ws.close();
    await client.closed;
  });

  it("gives $connect headers and query, a message its messageId and body, $disconnect the close code and reason", async () => {
    const client = await open();
    const message = JSON.parse(String(await client.ask(JSON.stringify({ action: "event" })))) as Record<string, Record<string, unknown>>;
    client.ws.close(4000, "bye now");
    await client.closed;
    const connectionId = message.requestContext!.connectionId;
    await expect.poll(() => fixture.eventOf("$disconnect", String(connectionId))).toBeDefined();
    const connect = fixture.eventOf("$connect", String(connectionId))!;
    const disconnect = fixture.eventOf("$disconnect", String(connectionId))!;

    expect(connectionId).toMatch(AWS_ID);
    expect(connect).toMatchObject({
      headers: { "X-Custom": "hello", "Sec-WebSocket-Version": "13" },
      multiValueHeaders: { "X-Custom": ["hello"] },
      queryStringParameters: { token: "good", room: "red" },
      multiValueQueryStringParameters: { room: ["blue", "red"] },
      stageVariables: { flavour: "plain" },
      isBase64Encoded: false,
      requestContext: { routeKey: "$connect", eventType: "CONNECT", messageDirection: "IN", stage: "test", apiId: "wsapi123", identity: { sourceIp: "127.0.0.1" } },
    });
    expect(connect.requestContext).toMatchObject({ connectedAt: expect.any(Number), requestTimeEpoch: expect.any(Number), requestTime: expect.stringMatching(/^\d\d\/\w{3}\/\d{4}:\d\d:\d\d:\d\d \+0000$/) });

    expect(message).toMatchObject({ body: '{"action":"event"}', isBase64Encoded: false, requestContext: { routeKey: "event", eventType: "MESSAGE", connectionId, authorizer: { principalId: "user-1" } } });
    expect(message.requestContext!.messageId).toMatch(AWS_ID);
    expect(message.requestContext!.connectedAt).toBe(connect.requestContext!.connectedAt);
    expect(message).not.toHaveProperty("queryStringParameters");
    expect(message).not.toHaveProperty("headers");

    expect(disconnect.requestContext).toMatchObject({ routeKey: "$disconnect", eventType: "DISCONNECT", connectionId, disconnectStatusCode: 4000, disconnectReason: "bye now" });
    expect(disconnect).not.toHaveProperty("queryStringParameters");
    expect(disconnect.requestContext).not.toHaveProperty("messageId");
  });

  it("reports a close without a status as AWS does", async () => {
    const client = await open();
    const connectionId = (JSON.parse(String(await client.ask(JSON.stringify({ action: "event" })))) as Record<string, Record<string, unknown>>).requestContext!.connectionId;
    client.ws.close();
    await client.closed;
    await expect.poll(() => fixture.eventOf("$disconnect", String(connectionId))?.requestContext).toMatchObject({ disconnectStatusCode: 1005, disconnectReason: "Client-side close frame status not set" });
  });
});

describe("WebSocket messages without a $default route", () => {
  const fixture = useWsFixture(() => ({ routes: [{ routeKey: "echo", function: "probe" }] }));

  it("answers a message no route takes with AWS's Forbidden frame", async () => {
    const client = await connect(fixture.gateway.url);
    const frame = String(await client.ask("hello"));
    expect(frame).toMatch(/^\{"message": "Forbidden", "connectionId":"[A-Za-z0-9_-]{15}=", "requestId":"[A-Za-z0-9_-]{15}="\}$/);
    expect(await client.ask(JSON.stringify({ action: "echo" }))).toBe('{"action":"echo"}');
    client.ws.close();
    await client.closed;
  });
});
