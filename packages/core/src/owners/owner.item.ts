import { marshall, unmarshall } from "@aws-sdk/util-dynamodb";
import type { CoreContext } from "../context";

/** One item per owner (`user#<sub>` / `partner#<id>`); absent until the owner's first link or an admin change. */
export interface OwnerItem {
  ownerId: string;
  /** Links held, kept by the link transactions. */
  linkCount?: number;
  /** Per-owner override of the default limit. */
  linkLimit?: number;
  disabled?: boolean;
}

/** The stored owner item, or just its key when there is none. */
export async function readOwnerItem(ctx: CoreContext, ownerId: string, options: { consistent?: boolean } = {}): Promise<OwnerItem> {
  const found = await ctx.dynamodb.getItem({ TableName: ctx.tables.Owners, Key: marshall({ ownerId }), ConsistentRead: options.consistent === true });
  return found.Item ? (unmarshall(found.Item) as OwnerItem) : { ownerId };
}
