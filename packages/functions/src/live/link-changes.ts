import type { LiveMessage } from "@linkgate/contract/live";
import type { ExpiredLink, LinkItem } from "@linkgate/core";
import { unmarshall } from "@aws-sdk/util-dynamodb";
import type { AttributeValue } from "@aws-sdk/client-dynamodb";
import type { DynamoDBRecord } from "aws-lambda";

/** DynamoDB's TTL process, as the `userIdentity` of the REMOVE records its deletions make. */
const TTL_SERVICE = { type: "Service", principalId: "dynamodb.amazonaws.com" } as const;

export type ClickMessage = Extract<LiveMessage, { type: "click" }>;

/** What one batch of the Links table's stream means for the live API and the owners' counts. */
export interface LinkChanges {
  /** The latest click message per link, by owner (a burst of clicks on one link is one message). */
  clicksByOwner: Map<string, Map<string, ClickMessage>>;
  /** Links DynamoDB's TTL deleted, in stream order. */
  expired: ExpiredLink[];
  /** Clicks the batch counted, over every link. */
  redirects: number;
}

function imageOf(image: Record<string, unknown> | undefined): Partial<LinkItem> | undefined {
  return image ? (unmarshall(image as Record<string, AttributeValue>) as Partial<LinkItem>) : undefined;
}

/** The day whose count went up (the redirect writes exactly one), and its new count. */
function clickedDay(before: Partial<LinkItem> | undefined, after: Partial<LinkItem>): { day: string; dayClicks: number } | undefined {
  let found: { day: string; dayClicks: number } | undefined;
  for (const [day, count] of Object.entries(after.clicksByDay ?? {})) {
    if (count > (before?.clicksByDay?.[day] ?? 0) && (!found || day > found.day)) found = { day, dayClicks: count };
  }
  return found;
}

export function isTtlDeletion(record: DynamoDBRecord): boolean {
  return record.eventName === "REMOVE" && record.userIdentity?.type === TTL_SERVICE.type && record.userIdentity?.principalId === TTL_SERVICE.principalId;
}

/** Reads a batch in order; records that are neither clicks nor TTL deletions are ignored. */
export function readLinkChanges(records: readonly DynamoDBRecord[]): LinkChanges {
  const changes: LinkChanges = { clicksByOwner: new Map(), expired: [], redirects: 0 };
  for (const record of records) {
    const before = imageOf(record.dynamodb?.OldImage);
    if (isTtlDeletion(record)) {
      if (before?.code && before.ownerId && typeof before.createdAt === "number") changes.expired.push({ code: before.code, ownerId: before.ownerId, createdAt: before.createdAt });
      continue;
    }
    const after = imageOf(record.dynamodb?.NewImage);
    if (record.eventName !== "MODIFY" || !after?.code || !after.ownerId || typeof after.clicks !== "number") continue;
    const added = after.clicks - (before?.clicks ?? 0);
    const day = clickedDay(before, after);
    if (added <= 0 || !day) continue;
    changes.redirects += added;
    let ownerClicks = changes.clicksByOwner.get(after.ownerId);
    if (!ownerClicks) changes.clicksByOwner.set(after.ownerId, (ownerClicks = new Map()));
    ownerClicks.set(after.code, { type: "click", code: after.code, totalClicks: after.clicks, ...day });
  }
  return changes;
}
