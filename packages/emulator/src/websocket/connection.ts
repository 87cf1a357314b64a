import type { WebSocket } from "ws";

/** What every event of a connection repeats, known from the handshake on. */
export interface ConnectionInfo {
  connectionId: string;
  connectedAt: number;
  /** Last message from the client (GetConnection's LastActiveAt). */
  lastActiveAt: number;
  sourceIp: string;
  userAgent: string | null;
  /** The Host header as sent (`requestContext.domainName`). */
  domainName: string;
  /** The `$connect` authorizer's principalId and context, repeated on every later route as on AWS. */
  authorizer?: Record<string, string>;
}

/** One open connection: its socket, its timers, and how it ends. */
export interface Connection extends ConnectionInfo {
  socket: WebSocket;
  /** Set when the gateway closes the connection itself, so `$disconnect` reports its code and reason. */
  closing?: { code: number; reason: string };
  idleTimer?: NodeJS.Timeout;
  lifetimeTimer?: NodeJS.Timeout;
  /** A frame over the frame limit arrived: what ws still delivers of it is dropped. */
  oversize?: boolean;
  /** Settles when `$disconnect` has run (close() waits for every one). */
  disconnected: Promise<void>;
  markDisconnected(): void;
}
