import { describe, expect, it } from "vitest";
import { connect, refusalStatus, useWsFixture } from "./ws-fixture";

describe("WebSocket $connect: the authorizer and the $connect integration decide the handshake", () => {
  const fixture = useWsFixture();
  const url = (query: string) => `${fixture.gateway.url}?${query}`;
  const authorizerCalls = () => fixture.events().filter((event) => "authorizer" in event).length;

  it("refuses 401 without a token, without invoking the authorizer", async () => {
    fixture.clearEvents();
    expect(await refusalStatus(fixture.gateway.url)).toBe(401);
    expect(await refusalStatus(url("token="))).toBe(401);
    expect(authorizerCalls()).toBe(0);
  });

  it("refuses 401 when the authorizer says Unauthorized, 403 when its policy denies", async () => {
    fixture.clearEvents();
    expect(await refusalStatus(url("token=bad"))).toBe(401);
    expect(await refusalStatus(url("token=deny"))).toBe(403);
    // No result cache on WebSocket authorizers: the same token is authorized again every time.
    expect(await refusalStatus(url("token=deny"))).toBe(403);
    expect(authorizerCalls()).toBe(3);
    expect(fixture.events().filter((event) => !("authorizer" in event))).toEqual([]);
  });

  it("gives the authorizer AWS's REQUEST input, with the methodArn ending in $connect", async () => {
    fixture.clearEvents();
    const client = await connect(url("token=good&x=1"));
    client.ws.close();
    await client.closed;
    const input = fixture.events().find((event) => "authorizer" in event)?.authorizer as Record<string, unknown>;
    expect(input).toMatchObject({
      type: "REQUEST",
      methodArn: "arn:aws:execute-api:us-east-1:123456789012:wsapi123/test/$connect",
      queryStringParameters: { token: "good", x: "1" },
      multiValueQueryStringParameters: { token: ["good"], x: ["1"] },
      requestContext: { routeKey: "$connect", eventType: "CONNECT", apiId: "wsapi123", stage: "test" },
    });
    expect(input.headers).toMatchObject({ "Sec-WebSocket-Version": "13" });
  });

  it("answers a failing $connect with its status, and a throwing one with 502", async () => {
    expect(await refusalStatus(url("token=good&status=500"))).toBe(500);
    expect(await refusalStatus(url("token=good&status=403"))).toBe(403);
    expect(await refusalStatus(url("token=good&fail=1"))).toBe(502);
    expect(fixture.gateway.connectionCount()).toBe(0);
  });

  it("accepts a good token at /{stage} and at /, and the authorizer's context reaches every route", async () => {
    const client = await connect(url("token=good"));
    expect(fixture.gateway.connectionCount()).toBe(1);
    expect(JSON.parse(String(await client.ask(JSON.stringify({ action: "whoami" }))))).toEqual({ sub: "user-1", groups: "admins", level: "3", principalId: "user-1" });
    client.ws.close();
    await client.closed;

    const root = await connect(fixture.gateway.url.replace(/\/test$/, "/?token=good"));
    root.ws.close();
    await root.closed;
  });

  it("refuses another path with 403", async () => {
    expect(await refusalStatus(fixture.gateway.url.replace(/\/test$/, "/other?token=good"))).toBe(403);
  });
});
