import { ADMIN_GROUP } from "@linkgate/contract/groups";
import { userOwnerId } from "@linkgate/core/owner-id";
import { logger } from "../observability/logger";
import { requestRuntime } from "../request-runtime";
import type { WebSocketEvent, WebSocketResult } from "./websocket-event";

/**
 * `$connect`: the authorizer has verified the token at the gateway; the connection is kept under its
 * owner only if the authorizer's identity is really there (checked again here, as every protected
 * route is). A refusal or a failure fails the handshake, and the client tries again.
 */
export async function openConnection(event: WebSocketEvent): Promise<WebSocketResult> {
  const { connectionId, connectedAt, authorizer } = event.requestContext;
  const sub = authorizer?.sub;
  if (typeof sub !== "string" || sub === "") {
    logger.warn("connection refused: no authorizer identity", { connectionId });
    return { statusCode: 401 };
  }
  const groups = typeof authorizer?.groups === "string" ? authorizer.groups.split(",") : [];
  await requestRuntime().core.connections.open({ connectionId, ownerId: userOwnerId(sub), admin: groups.includes(ADMIN_GROUP), connectedAt });
  return { statusCode: 200 };
}

/** `$disconnect`: the connection is forgotten (API Gateway calls it at most once, best effort). */
export async function closeConnection(event: WebSocketEvent): Promise<WebSocketResult> {
  await requestRuntime().core.connections.close(event.requestContext.connectionId);
  return { statusCode: 200 };
}
