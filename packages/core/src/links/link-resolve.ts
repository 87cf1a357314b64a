import { ALIAS_PATTERN } from "@linkgate/contract";
import { utcDay } from "@linkgate/utc-calendar";
import type { CoreContext } from "../context";
import { marshall } from "@aws-sdk/util-dynamodb";
import { isConditionalCheckFailed } from "../store/dynamodb";
import type { ResolvedLink } from "./link.types";

/**
 * The redirect's hot path: ONE UpdateItem both counts the click and returns the target.
 *
 * Why one UpdateItem on the link item: only an operation on the item that holds the target can
 * return it, and only UpdateItem both writes and returns. The condition refuses missing and
 * expired links (TTL deletion is lazy, so expiry is checked here too); a refused click costs a
 * write unit but is not counted.
 *
 * What it returns: ReturnValues UPDATED_NEW gives back only the attributes the expression names,
 * so the answer stays a few dozen bytes however long the click history grows (ALL_NEW would ship
 * the whole per-day map on every redirect). `targetUrl` and `permanent` are named with a no-op
 * `SET x = x` for that reason; `permanent` is stored (not derived from expiresAt) because a SET of
 * an absent attribute would fail.
 *
 * Item growth: the per-day map gains one entry (~20 bytes) per UTC day with clicks, ~7 KB for a
 * link clicked every day of a year. That is far from the 400 KB item limit (decades), but a write
 * is billed per started KB of the item, so an old busy link costs several write units per click.
 * Accepted for now; the remedy if it matters is a periodic roll-up of old days into a separate
 * stats item, off the hot path. The byOwner index is keys-only, so clicks never write the index.
 */
export function createLinkResolver(ctx: CoreContext) {
  return async function resolve(code: string): Promise<ResolvedLink | undefined> {
    // Every code we issue matches the alias pattern; anything else cannot exist (and an oversized
    // key would be a DynamoDB validation error), so it costs no round trip.
    if (!ALIAS_PATTERN.test(code)) return undefined;
    const now = ctx.config.now();
    try {
      const result = await ctx.dynamodb.updateItem({
        TableName: ctx.tables.Links,
        Key: marshall({ code }),
        UpdateExpression: "SET clicks = clicks + :one, clicksByDay.#day = if_not_exists(clicksByDay.#day, :zero) + :one, targetUrl = targetUrl, #permanent = #permanent",
        ConditionExpression: "attribute_exists(code) AND (attribute_not_exists(expiresAt) OR expiresAt > :now)",
        ExpressionAttributeNames: { "#day": utcDay(now), "#permanent": "permanent" },
        ExpressionAttributeValues: marshall({ ":one": 1, ":zero": 0, ":now": Math.floor(now.getTime() / 1000) }),
        ReturnValues: "UPDATED_NEW",
      });
      const attributes = result.Attributes;
      const target = attributes?.targetUrl?.S;
      if (!target) return undefined;
      return { target, permanent: attributes?.permanent?.BOOL === true };
    } catch (error) {
      if (isConditionalCheckFailed(error)) return undefined;
      throw error;
    }
  };
}
