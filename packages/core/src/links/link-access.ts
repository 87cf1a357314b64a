import { ALIAS_PATTERN, DAY_RANGE_MAX_DAYS, daysInRange } from "@linkgate/contract";
import { parseEpochDay } from "@linkgate/utc-calendar";
import { ownerIdOf, type Caller } from "../caller";
import type { CoreContext } from "../context";
import { NotFound, Validation } from "../errors";
import { marshall } from "@aws-sdk/util-dynamodb";
import { cancellationOf, isConditionalCheckFailed } from "../store/dynamodb";
import { releaseLinkUnit } from "../owners/link-counter";
import { linkFromItem, linkItemFromDynamo, type LinkItem } from "./link.item";
import { assertValidTarget, parseExpiry } from "./link.rules";
import type { Link, LinkStats, LinkStatsInput, UpdateLinkInput } from "./link.types";


/**
 * Reads and changes of one link by its owner. Anyone else gets NotFound: existence never leaks.
 * Raw commands, not dynamoose, as on every per-request path (see store/dynamodb.ts): each is one
 * round trip whose condition carries the ownership check.
 */
export function createLinkAccess(ctx: CoreContext) {
  const notFound = (code: string) => new NotFound(`No link '${code}'.`);

  async function ownedItem(caller: Caller, code: string): Promise<LinkItem> {
    if (!ALIAS_PATTERN.test(code)) throw notFound(code);
    const found = await ctx.dynamodb.getItem({ TableName: ctx.tables.Links, Key: marshall({ code }) });
    const item = found.Item ? linkItemFromDynamo(found.Item) : undefined;
    if (!item || item.ownerId !== ownerIdOf(caller)) throw notFound(code);
    return item;
  }

  async function deleteOwnedLink(ownerId: string, code: string): Promise<void> {
    try {
      await ctx.dynamodb.deleteItem({
        TableName: ctx.tables.Links,
        Key: marshall({ code }),
        ConditionExpression: "ownerId = :owner",
        ExpressionAttributeValues: marshall({ ":owner": ownerId }),
      });
    } catch (error) {
      if (isConditionalCheckFailed(error)) throw notFound(code);
      throw error;
    }
  }

  return {
    async get(caller: Caller, code: string): Promise<Link> {
      return linkFromItem(await ownedItem(caller, code), ctx.config.shortBaseUrl);
    },

    async update(caller: Caller, code: string, input: UpdateLinkInput): Promise<Link> {
      if (!ALIAS_PATTERN.test(code)) throw notFound(code);
      if (input.target === undefined && input.expiresAt === undefined) {
        throw new Validation([{ path: [], message: "Nothing to update: give target and/or expiresAt." }]);
      }
      const now = ctx.config.now();
      const targetUrl = input.target === undefined ? undefined : assertValidTarget(input.target, ctx.config.shortHost);
      const sets = ["updatedAt = :now"];
      const removes: string[] = [];
      const values: Record<string, string | number | boolean> = { ":now": now.getTime(), ":owner": ownerIdOf(caller) };
      if (targetUrl !== undefined) {
        sets.push("targetUrl = :target");
        values[":target"] = targetUrl;
      }
      if (input.expiresAt === null) {
        sets.push("#permanent = :true");
        removes.push("expiresAt");
        values[":true"] = true;
      } else if (input.expiresAt !== undefined) {
        sets.push("expiresAt = :expires", "#permanent = :false");
        values[":expires"] = parseExpiry(input.expiresAt, now);
        values[":false"] = false;
      }
      const permanentTouched = input.expiresAt !== undefined;
      try {
        const result = await ctx.dynamodb.updateItem({
          TableName: ctx.tables.Links,
          Key: marshall({ code }),
          UpdateExpression: `SET ${sets.join(", ")}${removes.length ? ` REMOVE ${removes.join(", ")}` : ""}`,
          ConditionExpression: "ownerId = :owner",
          ...(permanentTouched ? { ExpressionAttributeNames: { "#permanent": "permanent" } } : {}),
          ExpressionAttributeValues: marshall(values),
          ReturnValues: "ALL_NEW",
        });
        return linkFromItem(linkItemFromDynamo(result.Attributes ?? {}), ctx.config.shortBaseUrl);
      } catch (error) {
        if (isConditionalCheckFailed(error)) throw notFound(code);
        throw error;
      }
    },

    /** Deletes the link and frees one unit of the owner's limit, atomically. */
    async delete(caller: Caller, code: string): Promise<void> {
      if (!ALIAS_PATTERN.test(code)) throw notFound(code);
      const ownerId = ownerIdOf(caller);
      try {
        await ctx.dynamodb.transactWriteItems({
          TransactItems: [
            {
              Delete: {
                TableName: ctx.tables.Links,
                Key: marshall({ code }),
                ConditionExpression: "ownerId = :owner",
                ExpressionAttributeValues: marshall({ ":owner": ownerId }),
              },
            },
            { Update: releaseLinkUnit(ctx, ownerId) },
          ],
        });
      } catch (error) {
        const codes = cancellationOf(error)?.codes;
        if (codes?.[0] === "ConditionalCheckFailed") throw notFound(code);
        // A counter already at zero (it can only drift upwards, but never block a delete on it).
        if (codes?.[1] === "ConditionalCheckFailed") return deleteOwnedLink(ownerId, code);
        throw error;
      }
    },

    async stats(caller: Caller, code: string, input: LinkStatsInput): Promise<LinkStats> {
      const from = parseDay("from", input.from);
      const to = parseDay("to", input.to);
      if (to < from) throw Validation.field("from", "from must be on or before to.");
      if (to - from + 1 > DAY_RANGE_MAX_DAYS) throw Validation.field("from", `A range covers at most ${DAY_RANGE_MAX_DAYS} days.`);
      const item = await ownedItem(caller, code);
      const days: LinkStats["days"] = daysInRange(input).map((day) => ({ day, clicks: item.clicksByDay?.[day] ?? 0 }));
      return { code, totalClicks: item.clicks, from: input.from, to: input.to, days };
    },
  };
}

/** The epoch day of `value`, a real calendar day `YYYY-MM-DD`, else a Validation error naming `field`. */
function parseDay(field: string, value: string): number {
  const day = parseEpochDay(value);
  if (day === undefined) throw Validation.field(field, `${field} must be a day as YYYY-MM-DD.`);
  return day;
}
