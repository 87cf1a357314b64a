import { LIVE_TOKEN_QUERY_PARAMETER, parseLiveMessage, type LiveMessage } from "@linkgate/contract/live";
import WebSocket from "ws";
import { stack } from "./stack-clients";

/** A live API client as the console is one: the access token in the query, messages collected. */
export interface LiveClient {
  messages: LiveMessage[];
  /** Resolves with the first message (already received or still to come) that matches. */
  next<T extends LiveMessage>(match: (message: LiveMessage) => message is T, timeoutMs?: number): Promise<T>;
  send(data: unknown): void;
  close(): Promise<void>;
}

export function liveUrlWith(token: string | undefined): string {
  const url = new URL(stack().webSocketUrl);
  if (token !== undefined) url.searchParams.set(LIVE_TOKEN_QUERY_PARAMETER, token);
  return url.toString();
}

/** Opens a connection; rejects with the handshake's HTTP status when the gateway refuses it. */
export function openLive(token: string | undefined): Promise<LiveClient> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(liveUrlWith(token));
    const messages: LiveMessage[] = [];
    const waiters: Array<() => void> = [];
    socket.on("message", (data) => {
      const message = parseLiveMessage(data.toString());
      if (message) messages.push(message);
      for (const wake of waiters.splice(0)) wake();
    });
    socket.once("unexpected-response", (_request, response) => reject(new Error(`handshake refused: ${response.statusCode}`)));
    socket.once("error", reject);
    socket.once("open", () =>
      resolve({
        messages,
        send: (data) => socket.send(typeof data === "string" ? data : JSON.stringify(data)),
        next: (match, timeoutMs = 15_000) =>
          new Promise((found, fail) => {
            const timer = setTimeout(() => fail(new Error(`no matching live message within ${timeoutMs} ms; got ${JSON.stringify(messages)}`)), timeoutMs);
            const look = () => {
              const hit = messages.find(match);
              if (hit) {
                clearTimeout(timer);
                found(hit);
              } else waiters.push(look);
            };
            look();
          }),
        close: () =>
          new Promise<void>((closed) => {
            if (socket.readyState === WebSocket.CLOSED) return closed();
            socket.once("close", () => closed());
            socket.close();
          }),
      }),
    );
  });
}

export const isClick = (code: string) => (message: LiveMessage): message is Extract<LiveMessage, { type: "click" }> => message.type === "click" && message.code === code;
