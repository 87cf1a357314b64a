import type { Update } from "@aws-sdk/client-dynamodb";
import { marshall } from "@aws-sdk/util-dynamodb";
import type { CoreContext } from "../context";

/**
 * The owner item's `linkCount` going down by one for a link that left (deleted by its owner, or by
 * DynamoDB's TTL). Never below zero: the condition fails instead, and the caller decides.
 */
export function releaseLinkUnit(ctx: CoreContext, ownerId: string): Update {
  return {
    TableName: ctx.tables.Owners,
    Key: marshall({ ownerId }),
    UpdateExpression: "SET linkCount = linkCount - :one",
    ConditionExpression: "linkCount > :zero",
    ExpressionAttributeValues: marshall({ ":one": 1, ":zero": 0 }),
  };
}
