import type { Context } from "aws-lambda";
import { logger } from "../observability/logger";
import type { WebSocketEvent, WebSocketHandler, WebSocketResult } from "./websocket-event";

/**
 * The edge of the live API's routes: logger context (Lambda request id, route, connection), and a
 * failure logged in full and answered with a bare 500 (on `$connect` that fails the handshake; the
 * console reconnects).
 */
export function defineLiveHandler(name: string, answer: (event: WebSocketEvent) => Promise<WebSocketResult>): WebSocketHandler {
  return async (event: WebSocketEvent, lambda: Context) => {
    logger.addContext(lambda);
    logger.appendKeys({ route: name, connectionId: event.requestContext?.connectionId, apiRequestId: event.requestContext?.requestId });
    try {
      return await answer(event);
    } catch (error) {
      logger.error("live route failed", { error: error as Error });
      return { statusCode: 500 };
    }
  };
}
