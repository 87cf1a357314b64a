import { isAdmin, ownerIdOf } from "@linkgate/core";
import { userCallerOfContext } from "../edge/caller";
import { Unauthorized } from "../edge/edge-errors";
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
  let caller;
  try {
    caller = userCallerOfContext(authorizer);
  } catch (error) {
    if (!(error instanceof Unauthorized)) throw error;
    logger.warn("connection refused: no authorizer identity", { connectionId });
    return { statusCode: 401 };
  }
  await requestRuntime().core.connections.open({ connectionId, ownerId: ownerIdOf(caller), admin: isAdmin(caller), connectedAt });
  return { statusCode: 200 };
}

/** `$disconnect`: the connection is forgotten (API Gateway calls it at most once, best effort). */
export async function closeConnection(event: WebSocketEvent): Promise<WebSocketResult> {
  await requestRuntime().core.connections.close(event.requestContext.connectionId);
  return { statusCode: 200 };
}
