import { GoneException, PostToConnectionCommand } from "@aws-sdk/client-apigatewaymanagementapi";
import type { LiveMessage } from "@linkgate/contract/live";
import { logger } from "../observability/logger";
import type { LiveRuntime } from "./live-runtime";

/**
 * Sends messages to connections, best effort: a message is a hint to refresh, not a record, so one
 * that cannot be delivered is logged and dropped (the page shows the right numbers on its next
 * read). A connection API Gateway says is gone is forgotten. Returns how many were delivered.
 */
export async function sendToConnections(runtime: LiveRuntime, connectionIds: readonly string[], messages: readonly LiveMessage[]): Promise<number> {
  if (messages.length === 0) return 0;
  const frames = messages.map((message) => new TextEncoder().encode(JSON.stringify(message)));
  const sent = await Promise.all(
    connectionIds.map(async (connectionId) => {
      let delivered = 0;
      for (const Data of frames) {
        try {
          await runtime.connections.send(new PostToConnectionCommand({ ConnectionId: connectionId, Data }));
          delivered += 1;
        } catch (error) {
          if (error instanceof GoneException) {
            await runtime.core.connections.close(connectionId);
            return delivered;
          }
          logger.warn("could not send to a live connection", { connectionId, error: error as Error });
        }
      }
      return delivered;
    }),
  );
  return sent.reduce((sum, n) => sum + n, 0);
}
