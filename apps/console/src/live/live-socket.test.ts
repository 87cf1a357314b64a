import type { LiveMessage } from "@linkgate/contract/live";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { LiveSocket, type LiveStatus, type SocketLike } from "./live-socket";

class FakeSocket implements SocketLike {
  onopen: ((event: unknown) => void) | null = null;
  onmessage: ((event: { data: unknown }) => void) | null = null;
  onclose: ((event: unknown) => void) | null = null;
  onerror: ((event: unknown) => void) | null = null;
  sent: string[] = [];
  closed = false;
  constructor(readonly url: string) {}
  send(data: string) {
    this.sent.push(data);
  }
  close() {
    this.closed = true;
  }
}

describe("the console's live socket", () => {
  let sockets: FakeSocket[];
  let messages: LiveMessage[];
  let statuses: LiveStatus[];
  let tokens: string[];

  beforeEach(() => {
    vi.useFakeTimers();
    sockets = [];
    messages = [];
    statuses = [];
    tokens = ["token-1", "token-2", "token-3"];
  });
  afterEach(() => vi.useRealTimers());

  const start = () => {
    const live = new LiveSocket({
      url: "ws://127.0.0.1:3106/local",
      accessToken: async () => tokens.shift(),
      onMessage: (message) => messages.push(message),
      onStatus: (status) => statuses.push(status),
      createSocket: (url) => {
        const socket = new FakeSocket(url);
        sockets.push(socket);
        return socket;
      },
      retryDelaysMs: [100, 1_000],
      keepAliveMs: 60_000,
    });
    live.start();
    return live;
  };

  it("connects with the access token as the token query parameter, and passes on only well-formed messages", async () => {
    start();
    await vi.advanceTimersByTimeAsync(0);
    expect(sockets[0]?.url).toBe("ws://127.0.0.1:3106/local?token=token-1");
    sockets[0]?.onopen?.({});
    for (const data of ['{"type":"click","code":"a","totalClicks":1,"day":"2026-12-04","dayClicks":1}', "not json", '{"no":"type"}', '{"type":"novel","x":1}']) sockets[0]?.onmessage?.({ data });
    expect(messages.map((m) => m.type)).toEqual(["click", "novel"]);
    expect(statuses).toEqual(["connecting", "open"]);
  });

  it("pings within the idle timeout, and reconnects with a fresh token after a close, backing off", async () => {
    start();
    await vi.advanceTimersByTimeAsync(0);
    sockets[0]?.onopen?.({});
    await vi.advanceTimersByTimeAsync(60_000);
    expect(sockets[0]?.sent).toEqual(['{"action":"ping"}']);

    sockets[0]?.onclose?.({});
    await vi.advanceTimersByTimeAsync(99);
    expect(sockets).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(sockets[1]?.url).toContain("token=token-2");
    sockets[1]?.onclose?.({}); // the handshake failed: wait longer
    await vi.advanceTimersByTimeAsync(999);
    expect(sockets).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(1);
    expect(sockets[2]?.url).toContain("token=token-3");
    // The closed socket's pings stopped with it.
    await vi.advanceTimersByTimeAsync(120_000);
    expect(sockets[0]?.sent).toHaveLength(1);
  });

  it("stops for good: closes the socket and never reconnects", async () => {
    const live = start();
    await vi.advanceTimersByTimeAsync(0);
    live.stop();
    expect(sockets[0]?.closed).toBe(true);
    sockets[0]?.onclose?.({});
    await vi.advanceTimersByTimeAsync(10_000);
    expect(sockets).toHaveLength(1);
    expect(statuses.at(-1)).toBe("closed");
  });

  it("waits and tries again while there is no token (signed out or refreshing)", async () => {
    tokens = [];
    start();
    await vi.advanceTimersByTimeAsync(5_000);
    expect(sockets).toHaveLength(0);
    tokens.push("late");
    await vi.advanceTimersByTimeAsync(1_000);
    expect(sockets[0]?.url).toContain("token=late");
  });
});
