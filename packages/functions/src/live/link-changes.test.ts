import { marshall } from "@aws-sdk/util-dynamodb";
import type { DynamoDBRecord } from "aws-lambda";
import { describe, expect, it } from "vitest";
import { isTtlDeletion, readLinkChanges } from "./link-changes";

type Image = Record<string, unknown>;
const link = (code: string, ownerId: string, clicks: number, clicksByDay: Record<string, number>): Image => ({ code, ownerId, clicks, clicksByDay, createdAt: 1_700_000_000_000, targetUrl: "https://example.com/" });

function record(eventName: "INSERT" | "MODIFY" | "REMOVE", images: { old?: Image; new?: Image }, userIdentity?: DynamoDBRecord["userIdentity"]): DynamoDBRecord {
  return {
    eventName,
    dynamodb: {
      ...(images.old ? { OldImage: marshall(images.old) as never } : {}),
      ...(images.new ? { NewImage: marshall(images.new) as never } : {}),
    },
    ...(userIdentity ? { userIdentity } : {}),
  };
}

const ttl = { type: "Service", principalId: "dynamodb.amazonaws.com" };

describe("readLinkChanges", () => {
  it("turns clicks into the latest message per link, with the day that moved, and counts them", () => {
    const changes = readLinkChanges([
      record("MODIFY", { old: link("a", "user#1", 0, {}), new: link("a", "user#1", 1, { "2026-12-04": 1 }) }),
      record("MODIFY", { old: link("a", "user#1", 1, { "2026-12-04": 1 }), new: link("a", "user#1", 2, { "2026-12-04": 2 }) }),
      record("MODIFY", { old: link("b", "user#1", 5, { "2026-12-03": 5 }), new: link("b", "user#1", 6, { "2026-12-03": 5, "2026-12-04": 1 }) }),
      record("MODIFY", { old: link("c", "user#2", 9, { "2026-12-04": 9 }), new: link("c", "user#2", 10, { "2026-12-04": 10 }) }),
    ]);
    expect(changes.redirects).toBe(4);
    expect([...(changes.clicksByOwner.get("user#1")?.values() ?? [])]).toEqual([
      { type: "click", code: "a", totalClicks: 2, day: "2026-12-04", dayClicks: 2 },
      { type: "click", code: "b", totalClicks: 6, day: "2026-12-04", dayClicks: 1 },
    ]);
    expect([...(changes.clicksByOwner.get("user#2")?.values() ?? [])]).toEqual([{ type: "click", code: "c", totalClicks: 10, day: "2026-12-04", dayClicks: 10 }]);
    expect(changes.expired).toEqual([]);
  });

  it("ignores edits that are not clicks, creations, and deletions by users", () => {
    const edited = record("MODIFY", { old: link("a", "user#1", 3, { "2026-12-04": 3 }), new: { ...link("a", "user#1", 3, { "2026-12-04": 3 }), targetUrl: "https://example.org/" } });
    const changes = readLinkChanges([edited, record("INSERT", { new: link("n", "user#1", 0, {}) }), record("REMOVE", { old: link("d", "user#1", 0, {}) })]);
    expect(changes).toEqual({ clicksByOwner: new Map(), expired: [], redirects: 0 });
  });

  it("takes TTL deletions, and only those, by the service identity", () => {
    const byTtl = record("REMOVE", { old: link("old", "user#1", 4, {}) }, ttl);
    const byUser = record("REMOVE", { old: link("mine", "user#1", 4, {}) }, { type: "User", principalId: "someone" } as never);
    expect(isTtlDeletion(byTtl)).toBe(true);
    expect(isTtlDeletion(byUser)).toBe(false);
    expect(readLinkChanges([byUser, byTtl]).expired).toEqual([{ code: "old", ownerId: "user#1", createdAt: 1_700_000_000_000 }]);
  });
});
