import { USER_LINK_LIMIT } from "@linkgate/contract";
import { parseOwnerId, userOwnerId } from "../owner-id";
import type { CoreContext } from "../context";
import { Validation } from "../errors";
import { planLinkLimit } from "./link-limit";
import { dynamoDb, isConditionalCheckFailed } from "../store/dynamodb";

export interface OwnerSummary {
  ownerId: string;
  linkCount: number;
  /** The limit in force: the override when set, else the user or plan default. */
  linkLimit: number;
  linkLimitOverride?: number;
  disabled: boolean;
}

interface OwnerItem {
  ownerId: string;
  linkCount?: number;
  linkLimit?: number;
  disabled?: boolean;
}

export type OwnerService = ReturnType<typeof createOwnerService>;

/** Owner items: the link counter (kept by the link transactions), limit override, disabled flag. */
export function createOwnerService(ctx: CoreContext) {
  const model = ctx.models.Owners;

  function parse(ownerId: string) {
    const parsed = parseOwnerId(ownerId);
    if (!parsed) throw Validation.field("ownerId", "ownerId must look like 'user#<sub>' or 'partner#<partnerId>'.");
    return parsed;
  }

  async function defaultLimit(ownerId: string): Promise<number> {
    const parsed = parse(ownerId);
    if (parsed.kind === "user") return USER_LINK_LIMIT;
    const partner = await ctx.models.Partners.get({ partnerId: parsed.partnerId });
    return planLinkLimit(ctx.config, String(partner?.planId ?? ""));
  }

  return {
    async get(ownerId: string): Promise<OwnerSummary> {
      const [found, fallbackLimit] = await Promise.all([model.get({ ownerId }), defaultLimit(ownerId)]);
      const item = (found?.toJSON() ?? { ownerId }) as OwnerItem;
      return {
        ownerId,
        linkCount: item.linkCount ?? 0,
        linkLimit: item.linkLimit ?? fallbackLimit,
        ...(item.linkLimit !== undefined ? { linkLimitOverride: item.linkLimit } : {}),
        disabled: item.disabled === true,
      };
    },

    /** Admin switch; the authorizer reads `disabled` from this item on every (uncached) call. */
    async setUserDisabled(sub: string, disabled: boolean): Promise<void> {
      if (!sub) throw Validation.field("sub", "sub is required.");
      await model.update({ ownerId: userOwnerId(sub) }, { disabled });
    },

    /**
     * Gives back one unit of the limit for a link that DynamoDB's TTL deleted (expired links leave
     * without passing through `links.delete`). Meant for a stream consumer on the Links table that
     * sees REMOVE records made by the TTL service; never takes the counter below zero.
     */
    async releaseExpiredLink(ownerId: string): Promise<void> {
      parse(ownerId);
      try {
        await dynamoDb().updateItem({
          TableName: ctx.tables.Owners,
          Key: { ownerId: { S: ownerId } },
          UpdateExpression: "SET linkCount = linkCount - :one",
          ConditionExpression: "linkCount > :zero",
          ExpressionAttributeValues: { ":one": { N: "1" }, ":zero": { N: "0" } },
        });
      } catch (error) {
        if (!isConditionalCheckFailed(error)) throw error;
      }
    },

    /** Per-owner override of the link limit; null returns to the default. */
    async setLinkLimit(ownerId: string, limit: number | null): Promise<OwnerSummary> {
      parse(ownerId);
      if (limit !== null && (!Number.isInteger(limit) || limit < 1)) throw Validation.field("linkLimit", "linkLimit must be a positive integer or null.");
      await model.update({ ownerId }, limit === null ? { $REMOVE: ["linkLimit"] } : { linkLimit: limit });
      return this.get(ownerId);
    },
  };
}
