import { LIVE_TOKEN_QUERY_PARAMETER, parseLiveMessage, type LiveMessage } from "@linkgate/contract/live";

/** The part of the browser's WebSocket the live socket uses (tests pass their own). */
export interface SocketLike {
  onopen: ((event: unknown) => void) | null;
  onmessage: ((event: { data: unknown }) => void) | null;
  onclose: ((event: unknown) => void) | null;
  onerror: ((event: unknown) => void) | null;
  send(data: string): void;
  close(): void;
}

export type LiveStatus = "connecting" | "open" | "closed";

export interface LiveSocketOptions {
  /** The live API's URL (`VITE_LIVE_URL`), e.g. `wss://…/prod`. */
  url: string;
  /** The session's access token, fresh (a reconnect after an hour needs a new one); undefined: signed out. */
  accessToken: () => Promise<string | undefined>;
  onMessage: (message: LiveMessage) => void;
  onStatus?: (status: LiveStatus) => void;
  createSocket?: (url: string) => SocketLike;
  /** Reconnect delays, growing; the last one repeats. */
  retryDelaysMs?: readonly number[];
  /** A ping this often keeps the connection inside API Gateway's 10-minute idle timeout. */
  keepAliveMs?: number;
}

const DEFAULT_RETRY_DELAYS_MS = [1_000, 2_000, 5_000, 10_000, 30_000];
const DEFAULT_KEEP_ALIVE_MS = 5 * 60_000;

/**
 * One connection to the live API for a signed-in page, kept open: reconnects after a close (API
 * Gateway ends every connection after 2 hours, and a deploy or a network change ends it sooner)
 * with a fresh token, and pings within the idle timeout. Messages it cannot read are dropped.
 */
export class LiveSocket {
  private socket: SocketLike | undefined;
  private stopped = false;
  private attempt = 0;
  private retryTimer: ReturnType<typeof setTimeout> | undefined;
  private keepAliveTimer: ReturnType<typeof setInterval> | undefined;

  constructor(private readonly options: LiveSocketOptions) {}

  start(): void {
    this.stopped = false;
    void this.connect();
  }

  stop(): void {
    this.stopped = true;
    clearTimeout(this.retryTimer);
    clearInterval(this.keepAliveTimer);
    const socket = this.socket;
    this.socket = undefined;
    socket?.close();
    this.options.onStatus?.("closed");
  }

  private async connect(): Promise<void> {
    this.options.onStatus?.("connecting");
    const token = await this.options.accessToken().catch(() => undefined);
    if (this.stopped) return;
    if (!token) return this.retryLater();
    const url = new URL(this.options.url);
    url.searchParams.set(LIVE_TOKEN_QUERY_PARAMETER, token);
    const socket = (this.options.createSocket ?? ((u) => new WebSocket(u) as unknown as SocketLike))(url.toString());
    this.socket = socket;
    socket.onopen = () => {
      this.attempt = 0;
      this.options.onStatus?.("open");
      clearInterval(this.keepAliveTimer);
      this.keepAliveTimer = setInterval(() => socket.send(JSON.stringify({ action: "ping" })), this.options.keepAliveMs ?? DEFAULT_KEEP_ALIVE_MS);
    };
    socket.onmessage = (event) => {
      const message = typeof event.data === "string" ? parseLiveMessage(event.data) : undefined;
      if (message) this.options.onMessage(message);
    };
    socket.onclose = () => {
      if (this.socket !== socket) return;
      clearInterval(this.keepAliveTimer);
      this.socket = undefined;
      this.options.onStatus?.("closed");
      this.retryLater();
    };
    socket.onerror = () => {
      // A failed handshake or a broken connection: onclose follows and reconnects.
    };
  }

  private retryLater(): void {
    if (this.stopped) return;
    const delays = this.options.retryDelaysMs ?? DEFAULT_RETRY_DELAYS_MS;
    const delay = delays[Math.min(this.attempt, delays.length - 1)] ?? 30_000;
    this.attempt += 1;
    this.retryTimer = setTimeout(() => void this.connect(), delay);
  }
}
