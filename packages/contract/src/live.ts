/**
 * The live API: a WebSocket API next to the REST API, whose server pushes what changed to the open
 * console pages. Plain data with no import (entry `@linkgate/contract/live`), so the live functions
 * and the console's socket read it without zod and the REST routes.
 *
 * Like the REST routes, this list is the one declaration: infra/live.ts deploys it, the local stack
 * serves it through the emulator, and the console speaks it.
 */

/** How the route is chosen for a message: its JSON `action` (AWS's usual expression). */
export const LIVE_ROUTE_SELECTION_EXPRESSION = "$request.body.action";

/**
 * Browsers cannot set headers on a WebSocket, so the console passes its Cognito access token as this
 * query parameter of the `$connect` request (never logged: the access log leaves query strings out).
 */
export const LIVE_TOKEN_QUERY_PARAMETER = "token";

/** A connection is kept at most this long (API Gateway closes it after 2 hours). */
export const LIVE_MAX_CONNECTION_SECONDS = 2 * 60 * 60;

export interface LiveRoute {
  /** The WebSocket route key. */
  routeKey: "$connect" | "$disconnect" | "$default" | "ping";
  /** The function's name (SST component and emulator function), and its export in the handlers file. */
  name: "liveConnect" | "liveDisconnect" | "liveMessage" | "livePing";
  /** `$connect` is behind the REQUEST authorizer on the token; the other routes belong to an authorized connection. */
  authorized: boolean;
}

export const liveRoutes: readonly LiveRoute[] = [
  { routeKey: "$connect", name: "liveConnect", authorized: true },
  { routeKey: "$disconnect", name: "liveDisconnect", authorized: false },
  { routeKey: "$default", name: "liveMessage", authorized: false },
  { routeKey: "ping", name: "livePing", authorized: false },
];

/** What a client may send: `{"action":"ping"}` (answered with a pong); anything else gets an error message. */
export interface LivePingRequest {
  action: "ping";
}

/**
 * What the server sends. Every message is a JSON object with a `type`; clients ignore types they do
 * not know, so new ones can be added without breaking open pages.
 */
export type LiveMessage =
  /** A click on one of the connection's own links: its new total and today's count. */
  | { type: "click"; code: string; totalClicks: number; day: string; dayClicks: number }
  /** One of the connection's links was deleted by DynamoDB's TTL (it had expired). */
  | { type: "linkExpired"; code: string }
  /** To admins: redirects counted in one batch of the stream, so dashboards can refresh their traffic. */
  | { type: "traffic"; redirects: number; at: string }
  | { type: "pong"; at: string }
  | { type: "error"; message: string };

export type LiveMessageType = LiveMessage["type"];

/** Reads a frame from the server; undefined for anything that is not a message object with a type. */
export function parseLiveMessage(data: string): LiveMessage | undefined {
  try {
    const value: unknown = JSON.parse(data);
    if (typeof value === "object" && value !== null && typeof (value as { type?: unknown }).type === "string") return value as LiveMessage;
  } catch {
    // not JSON: ignored, as an unknown type would be
  }
  return undefined;
}
