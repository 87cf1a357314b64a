import { marshall } from "@aws-sdk/util-dynamodb";
import type { CoreContext } from "../context";
import { parseOwnerIdField } from "../owners/owner-read";
import { releaseLinkUnit } from "../owners/link-counter";
import { cancellationOf, withConflictRetry } from "../store/dynamodb";

/** What a TTL REMOVE record's old image says of the link that left. */
export interface ExpiredLink {
  code: string;
  ownerId: string;
  /** Tells this link from a later one with the same custom alias. */
  createdAt: number;
}

/** How long the release marker is kept: longer than a stream keeps its records (24 h). */
const RELEASE_MARKER_TTL_SECONDS = 7 * 24 * 60 * 60;

/**
 * Gives back one unit of the owner's link limit for a link DynamoDB's TTL deleted (expired links
 * leave without passing through `links.delete`). Exactly once per link, because a stream delivers
 * a record at least once and Lambda retries whole batches: the decrement is written in one
 * transaction with a marker in the Idempotency table, and a second delivery finds the marker.
 * Never takes the counter below zero. Returns whether this call released the unit.
 */
export async function releaseExpiredLink(ctx: CoreContext, link: ExpiredLink): Promise<boolean> {
  parseOwnerIdField(link.ownerId);
  const nowSeconds = Math.floor(ctx.config.now().getTime() / 1000);
  const marker = { key: `ttl-release\n${link.code}\n${link.createdAt}`, expiresAt: nowSeconds + RELEASE_MARKER_TTL_SECONDS };
  try {
    await withConflictRetry(() =>
      ctx.dynamodb.transactWriteItems({
        TransactItems: [
          { Put: { TableName: ctx.tables.Idempotency, Item: marshall(marker), ConditionExpression: "attribute_not_exists(#key)", ExpressionAttributeNames: { "#key": "key" } } },
          { Update: releaseLinkUnit(ctx, link.ownerId) },
        ],
      }),
    );
    return true;
  } catch (error) {
    // Already released (the marker exists), or nothing left to release (the counter is at zero).
    if (cancellationOf(error)?.codes.includes("ConditionalCheckFailed")) return false;
    throw error;
  }
}
