import { describe, expect, it } from "vitest";
import { connect, useWsFixture, type Client } from "./ws-fixture";

/** Sends one text message as frames of `frameBytes` each. */
function sendFragmented(client: Client, text: string, frameBytes: number): void {
  for (let offset = 0; offset < text.length; offset += frameBytes) {
    client.ws.send(text.slice(offset, offset + frameBytes), { fin: offset + frameBytes >= text.length, binary: false });
  }
}

describe("WebSocket limits at AWS's defaults: 32 KB per frame, 128 KB per message, close 1009 past either", () => {
  const fixture = useWsFixture();
  const open = () => connect(`${fixture.gateway.url}?token=good`);
  const echo = (size: number) => JSON.stringify({ action: "echo", pad: "x".repeat(size) });

  it("takes a 128 KB message sent as frames of 32 KB", async () => {
    const client = await open();
    const message = echo(128 * 1024 - 40);
    sendFragmented(client, message, 32 * 1024);
    expect(await client.next()).toBe(message);
    client.ws.close();
    await client.closed;
  });

  it("closes with 1009 on a frame over 32 KB, and the message never reaches the integration", async () => {
    const client = await open();
    const connectionId = (JSON.parse(String(await client.ask(JSON.stringify({ action: "event" })))) as { requestContext: { connectionId: string } }).requestContext.connectionId;
    client.ws.send(echo(33 * 1024));
    expect((await client.closed).code).toBe(1009);
    await expect.poll(() => fixture.eventOf("$disconnect", connectionId)?.requestContext).toMatchObject({ disconnectStatusCode: 1009 });
    expect(fixture.eventOf("echo", connectionId)).toBeUndefined();
  });

  it("closes with 1009 on a message over 128 KB, even in small frames", async () => {
    const client = await open();
    sendFragmented(client, echo(129 * 1024), 16 * 1024);
    expect((await client.closed).code).toBe(1009);
  });
});

describe("WebSocket idle timeout and maximum duration, shortened", () => {
  const idle = useWsFixture(() => ({ limits: { idleTimeoutMs: 300 } }));
  const lifetime = useWsFixture(() => ({ limits: { maxConnectionMs: 600, idleTimeoutMs: 60_000 } }));
  const idOf = async (client: Client) => (JSON.parse(String(await client.ask(JSON.stringify({ action: "event" })))) as { requestContext: { connectionId: string } }).requestContext.connectionId;

  it("closes an idle connection with 1001 Going away and runs $disconnect", async () => {
    const client = await connect(`${idle.gateway.url}?token=good`);
    const connectionId = await idOf(client);
    expect(await client.closed).toEqual({ code: 1001, reason: "Going away" });
    await expect.poll(() => idle.eventOf("$disconnect", connectionId)?.requestContext).toMatchObject({ disconnectStatusCode: 1001, disconnectReason: "Going away" });
    expect(idle.gateway.connectionCount()).toBe(0);
  });

  it("ends a busy connection at its maximum duration", async () => {
    const client = await connect(`${lifetime.gateway.url}?token=good`);
    const connectionId = await idOf(client);
    let closed = false;
    void client.closed.then(() => (closed = true));
    // Keep it active, so only the duration limit can end it.
    while (!closed) {
      await Promise.race([client.ask(JSON.stringify({ action: "echo" })), client.closed]);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(await client.closed).toEqual({ code: 1001, reason: "Going away" });
    await expect.poll(() => lifetime.eventOf("$disconnect", connectionId)?.requestContext).toMatchObject({ disconnectStatusCode: 1001 });
  });
});

describe("WebSocket route throttling", () => {
  const fixture = useWsFixture(() => ({ routeThrottling: { echo: { rateLimit: 0.001, burstLimit: 2 }, "*": { rateLimit: 1000, burstLimit: 1000 } } }));

  it("over the route's burst, answers AWS's throttle frame without calling the integration", async () => {
    const client = await connect(`${fixture.gateway.url}?token=good`);
    expect(await client.ask(JSON.stringify({ action: "echo", n: 1 }))).toBe('{"action":"echo","n":1}');
    expect(await client.ask(JSON.stringify({ action: "echo", n: 2 }))).toBe('{"action":"echo","n":2}');
    const frame = JSON.parse(String(await client.ask(JSON.stringify({ action: "echo", n: 3 })))) as Record<string, string>;
    expect(frame.message).toBe("Too Many Requests");
    expect(fixture.events().filter((event) => (event.body as string | undefined)?.includes('"n":3'))).toEqual([]);
    // Other routes have their own bucket (the stage default).
    expect(await client.ask("plain")).toBe("default:plain");
    client.ws.close();
    await client.closed;
  });
});
