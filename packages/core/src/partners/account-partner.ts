import { marshall, unmarshall } from "@aws-sdk/util-dynamodb";
import type { CoreContext } from "../context";
import { Conflict } from "../errors";
import { cancellationOf } from "../store/dynamodb";
import type { PartnerItem } from "./partner.item";

/**
 * One partner per partner account. The Owners table holds an `account#<sub>` marker naming the
 * account's partner, written in one transaction with the partner item on the condition that it
 * does not exist yet: of two parallel creates for one account, exactly one commits. The marker,
 * not a GSI on `accountSub`, is also how the partner is found: a GSI is read eventually
 * consistently only ("Global secondary indexes support eventually consistent reads only",
 * DynamoDB Developer Guide, Read consistency), and a partner just created must be found at once.
 */
export function accountMarkerId(sub: string): string {
  return `account#${sub}`;
}

/** What an account that already has its partner is told, by the check and by the conditional write. */
export const accountHasPartner = () => new Conflict("This account already has a partner: read it with GET /portal/partner.");

export async function putAccountPartner(ctx: CoreContext, item: PartnerItem & { accountSub: string }): Promise<void> {
  try {
    await ctx.dynamodb.transactWriteItems({
      TransactItems: [
        {
          Put: {
            TableName: ctx.tables.Owners,
            Item: marshall({ ownerId: accountMarkerId(item.accountSub), partnerId: item.partnerId, createdAt: item.createdAt }),
            ConditionExpression: "attribute_not_exists(ownerId)",
          },
        },
        { Put: { TableName: ctx.tables.Partners, Item: marshall(item), ConditionExpression: "attribute_not_exists(partnerId)" } },
      ],
    });
  } catch (error) {
    const cancellation = cancellationOf(error);
    if (cancellation?.codes[0] === "ConditionalCheckFailed") throw accountHasPartner();
    if (cancellation?.codes[1] === "ConditionalCheckFailed") throw new Conflict(`A partner '${item.partnerId}' already exists.`);
    // Two creates racing for one account: one of them commits, the other is told to read it.
    if (cancellation?.codes.includes("TransactionConflict")) throw new Conflict("This account's partner is being created by another request: read it with GET /portal/partner.");
    throw error;
  }
}

/** The account's partner id, read consistently; undefined when it has none yet. */
export async function partnerIdOfAccount(ctx: CoreContext, sub: string): Promise<string | undefined> {
  const found = await ctx.dynamodb.getItem({ TableName: ctx.tables.Owners, Key: marshall({ ownerId: accountMarkerId(sub) }), ConsistentRead: true });
  const item = found.Item ? (unmarshall(found.Item) as { partnerId?: unknown }) : undefined;
  return typeof item?.partnerId === "string" ? item.partnerId : undefined;
}
