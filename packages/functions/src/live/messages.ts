import type { LiveMessage } from "@linkgate/contract/live";
import type { WebSocketEvent, WebSocketResult } from "./websocket-event";

function reply(message: LiveMessage): WebSocketResult {
  return { statusCode: 200, body: JSON.stringify(message) };
}

/** The `ping` route (`{"action":"ping"}`): a pong, so a client can tell its socket still works. */
export async function answerPing(): Promise<WebSocketResult> {
  return reply({ type: "pong", at: new Date().toISOString() });
}

/** `$default`: anything without a known action. The live API is for the server's messages. */
export async function answerUnknown(event: WebSocketEvent): Promise<WebSocketResult> {
  const action = actionOf(event.body);
  const what = action === undefined ? "This message has no action" : `Unknown action ${JSON.stringify(action)}`;
  return reply({ type: "error", message: `${what}: send {"action":"ping"}, or just listen for updates.` });
}

function actionOf(body: string | null | undefined): unknown {
  try {
    const parsed: unknown = JSON.parse(body ?? "");
    return typeof parsed === "object" && parsed !== null ? (parsed as { action?: unknown }).action : undefined;
  } catch {
    return undefined;
  }
}
