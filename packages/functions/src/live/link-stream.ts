import type { LiveMessage } from "@linkgate/contract/live";
import type { DynamoDBStreamEvent } from "aws-lambda";
import { logger } from "../observability/logger";
import { sendToConnections } from "./fan-out";
import { readLinkChanges } from "./link-changes";
import { liveRuntime } from "./live-runtime";

/**
 * The Links table's stream consumer, off the redirect's hot path (which stays one UpdateItem):
 *  - a link DynamoDB's TTL deleted gives its owner's unit back. This must happen: a failure throws,
 *    and Lambda retries the batch; the release is exactly once per link, so a retry is harmless.
 *  - clicks go to the owner's open pages, the batch's redirect count to admins' dashboards. Best
 *    effort (fan-out.ts, and a failed connections lookup is logged): a lost message never holds
 *    the stream back.
 */
export async function consumeLinkStream(event: DynamoDBStreamEvent): Promise<void> {
  const runtime = liveRuntime();
  const changes = readLinkChanges(event.Records ?? []);
  for (const link of changes.expired) {
    const released = await runtime.core.expiredLinks.release(link);
    logger.info("expired link released", { code: link.code, ownerId: link.ownerId, released });
  }

  const owners = new Set([...changes.clicksByOwner.keys(), ...changes.expired.map((link) => link.ownerId)]);
  const at = new Date().toISOString();
  const notify = (audience: string, connections: () => Promise<string[]>, messages: LiveMessage[]) =>
    connections()
      .then((ids) => sendToConnections(runtime, ids, messages))
      // Finding the connections failed (DynamoDB): the pages miss a hint, the stream goes on.
      .catch((error: unknown) => logger.warn("live messages not sent", { audience, error: error as Error }));
  await Promise.all([
    ...[...owners].map((ownerId) => {
      const clicks = [...(changes.clicksByOwner.get(ownerId)?.values() ?? [])];
      const expired = changes.expired.filter((link) => link.ownerId === ownerId).map((link): LiveMessage => ({ type: "linkExpired", code: link.code }));
      return notify(ownerId, () => runtime.core.connections.ofOwner(ownerId), [...clicks, ...expired]);
    }),
    changes.redirects > 0 ? notify("admins", () => runtime.core.connections.ofAdmins(), [{ type: "traffic", redirects: changes.redirects, at }]) : undefined,
  ]);
}
