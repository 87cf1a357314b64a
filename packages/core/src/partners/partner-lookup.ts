import { marshall, unmarshall } from "@aws-sdk/util-dynamodb";
import type { PartnerCaller } from "../caller";
import type { CoreContext } from "../context";
import { Forbidden, NotFound } from "../errors";
import { partnerFromItem, type PartnerItem } from "./partner.item";
import type { Partner } from "./partner.types";

export type PartnerLookup = ReturnType<typeof createPartnerLookup>;

/**
 * The partner reads every partner request makes (who holds this API key, the partner and its plan).
 * Raw commands, not dynamoose, as on every per-request path (see store/dynamodb.ts).
 */
export function createPartnerLookup(ctx: CoreContext) {
  const lookup = {
    /** The partner holding this API key, or undefined. */
    async getByApiKeyId(apiKeyId: string): Promise<Partner | undefined> {
      const found = await ctx.dynamodb.query({
        TableName: ctx.tables.Partners,
        IndexName: "byApiKeyId",
        KeyConditionExpression: "apiKeyId = :key",
        ExpressionAttributeValues: marshall({ ":key": apiKeyId }),
      });
      const item = found.Items?.[0];
      return item ? partnerFromItem(unmarshall(item) as PartnerItem) : undefined;
    },

    /** The partner, read consistently; NotFound when there is none. */
    async get(partnerId: string): Promise<Partner> {
      const item = await readPartnerItem(ctx, partnerId);
      if (!item) throw new NotFound(`No partner '${partnerId}'.`);
      return partnerFromItem(item);
    },

    /** The caller for a partner route's API key: unknown keys and inactive partners are Forbidden. */
    async callerForApiKey(apiKeyId: string): Promise<PartnerCaller> {
      const partner = await lookup.getByApiKeyId(apiKeyId);
      if (!partner || partner.status !== "active") throw new Forbidden("This API key does not belong to an active partner.");
      return { kind: "partner", partnerId: partner.id, apiKeyId };
    },
  };
  return lookup;
}

/** The stored partner, read consistently (a status change must count at once), or undefined. */
export async function readPartnerItem(ctx: CoreContext, partnerId: string): Promise<PartnerItem | undefined> {
  const found = await ctx.dynamodb.getItem({ TableName: ctx.tables.Partners, Key: marshall({ partnerId }), ConsistentRead: true });
  return found.Item ? (unmarshall(found.Item) as PartnerItem) : undefined;
}
