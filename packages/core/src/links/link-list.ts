import type { AttributeValue } from "@aws-sdk/client-dynamodb";
import { marshall, unmarshall } from "@aws-sdk/util-dynamodb";
import { ownerIdOf, type Caller } from "../caller";
import { pageLimitDefault, pageLimitMax, type CoreContext, type Page } from "../context";
import { Validation } from "../errors";
import { decodeCursor, encodeCursor, type PlainKey } from "../store/cursor";
import { linkFromItem, linkItemFromDynamo, type LinkItem } from "./link.item";
import type { Link, ListLinksInput } from "./link.types";

/** Search reads at most this many of the owner's links per page, then hands back a cursor. */
const SEARCH_READ_BUDGET = 1_000;
const SEARCH_BATCH = 100;
/** Everything but the per-day click map, which a list does not show. */
const LIST_PROJECTION = "code, ownerId, targetUrl, custom, #permanent, createdAt, updatedAt, expiresAt, clicks";

/**
 * The owner's links, newest first (or oldest first). The byOwner index is keys-only (see tables.ts), so each page
 * is a Query for keys plus a BatchGetItem for the items. Search filters those items on the code
 * and target (case-insensitive substring); a search page may hold fewer items than asked when the
 * read budget runs out, and its cursor continues where the reading stopped.
 */
export function createLinkLister(ctx: CoreContext) {
  async function fetchItems(keys: Record<string, AttributeValue>[]): Promise<Map<string, LinkItem>> {
    const found = new Map<string, LinkItem>();
    let pending = keys.map((key) => ({ code: key.code as AttributeValue }));
    while (pending.length) {
      const result = await ctx.dynamodb.batchGetItem({
        RequestItems: { [ctx.tables.Links]: { Keys: pending, ProjectionExpression: LIST_PROJECTION, ExpressionAttributeNames: { "#permanent": "permanent" } } },
      });
      for (const raw of result.Responses?.[ctx.tables.Links] ?? []) {
        const item = linkItemFromDynamo(raw);
        found.set(item.code, item);
      }
      pending = (result.UnprocessedKeys?.[ctx.tables.Links]?.Keys ?? []) as typeof pending;
    }
    return found;
  }

  return async function list(caller: Caller, input: ListLinksInput = {}): Promise<Page<Link>> {
    const ownerId = ownerIdOf(caller);
    const limit = input.limit ?? pageLimitDefault;
    if (!Number.isInteger(limit) || limit < 1 || limit > pageLimitMax) throw Validation.field("limit", `limit is 1–${pageLimitMax}.`);
    const needle = input.search?.trim().toLowerCase() || undefined;
    const sort = input.sort ?? "-createdAt";
    if (sort !== "-createdAt" && sort !== "createdAt") throw Validation.field("sort", "sort is one of: -createdAt, createdAt.");
    // A cursor continues only the list that made it: same owner, search and order.
    const purpose = `links\n${ownerId}\n${sort}\n${needle ?? ""}`;
    const matches = (item: LinkItem) => !needle || item.code.toLowerCase().includes(needle) || item.targetUrl.toLowerCase().includes(needle);

    let startKey: PlainKey | undefined = input.cursor ? decodeCursor(ctx.config.cursorSecret, purpose, input.cursor) : undefined;
    const page: LinkItem[] = [];
    let read = 0;
    for (;;) {
      const query = await ctx.dynamodb.query({
        TableName: ctx.tables.Links,
        IndexName: "byOwner",
        KeyConditionExpression: "ownerId = :owner",
        ExpressionAttributeValues: marshall({ ":owner": ownerId }),
        ScanIndexForward: sort === "createdAt",
        Limit: needle ? SEARCH_BATCH : limit - page.length,
        ...(startKey ? { ExclusiveStartKey: marshall(startKey) } : {}),
      });
      const keys = query.Items ?? [];
      read += keys.length;
      const items = keys.length ? await fetchItems(keys) : new Map<string, LinkItem>();
      for (const key of keys) {
        const item = items.get(key.code?.S ?? "");
        if (!item || !matches(item)) continue;
        page.push(item);
        if (page.length === limit) {
          // Cut inside this batch: continue right after the last item returned.
          const last = { code: item.code, ownerId, createdAt: item.createdAt };
          const more = key !== keys[keys.length - 1] || query.LastEvaluatedKey !== undefined;
          return done(page, more ? last : undefined);
        }
      }
      startKey = query.LastEvaluatedKey ? (unmarshall(query.LastEvaluatedKey) as PlainKey) : undefined;
      if (!startKey || read >= SEARCH_READ_BUDGET) return done(page, startKey);
    }

    function done(items: LinkItem[], next: PlainKey | undefined): Page<Link> {
      return {
        items: items.map((item) => linkFromItem(item, ctx.config.shortBaseUrl)),
        nextCursor: next ? encodeCursor(ctx.config.cursorSecret, purpose, next) : null,
      };
    }
  };
}
