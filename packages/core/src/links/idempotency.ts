import { IDEMPOTENCY_TTL_SECONDS } from "@linkgate/contract";
import type { AttributeValue, TransactWriteItem } from "@aws-sdk/client-dynamodb";
import { marshall, unmarshall } from "@aws-sdk/util-dynamodb";
import { createHash } from "node:crypto";
import type { CoreContext } from "../context";
import { Conflict, Validation } from "../errors";

/** A creation request made idempotent: its record is written in the same transaction as the link. */
export interface IdempotentRequest {
  key: string;
  requestHash: string;
}

interface IdempotencyRecord {
  key: string;
  requestHash: string;
  /** The first response, replayed as is. */
  response: string;
  expiresAt: number;
}

export function idempotentRequest(ownerId: string, idempotencyKey: string, body: unknown): IdempotentRequest {
  if (!/^[\x21-\x7e]{1,255}$/.test(idempotencyKey)) {
    throw Validation.field("idempotencyKey", "An Idempotency-Key is 1–255 visible ASCII characters.");
  }
  const requestHash = createHash("sha256").update(JSON.stringify(body)).digest("base64url");
  // Scoped by owner: two callers choosing the same key never see each other's results.
  return { key: `${ownerId}\n${idempotencyKey}`, requestHash };
}

/** The Put that claims the key unless a live (unexpired) record holds it. */
export function claimItem(ctx: CoreContext, request: IdempotentRequest, response: unknown, now: Date): TransactWriteItem {
  const nowSeconds = Math.floor(now.getTime() / 1000);
  const record: IdempotencyRecord = { ...request, response: JSON.stringify(response), expiresAt: nowSeconds + IDEMPOTENCY_TTL_SECONDS };
  return {
    Put: {
      TableName: ctx.tables.Idempotency,
      Item: marshall(record),
      // TTL deletion is lazy: an expired record no longer counts.
      ConditionExpression: "attribute_not_exists(#key) OR expiresAt <= :now",
      ExpressionAttributeNames: { "#key": "key" },
      ExpressionAttributeValues: marshall({ ":now": nowSeconds }),
      ReturnValuesOnConditionCheckFailure: "ALL_OLD",
    },
  };
}

/** The first result for this key; a different request body under the same key is a Conflict. */
export async function replay<T>(ctx: CoreContext, request: IdempotentRequest, stored: Record<string, AttributeValue> | undefined): Promise<T> {
  let raw = stored;
  if (!raw) {
    const found = await ctx.dynamodb.getItem({ TableName: ctx.tables.Idempotency, Key: marshall({ key: request.key }), ConsistentRead: true });
    raw = found.Item;
  }
  if (!raw) throw new Error("Idempotency record vanished between the claim and the replay");
  const record = unmarshall(raw) as IdempotencyRecord;
  if (record.requestHash !== request.requestHash) {
    throw new Conflict("This Idempotency-Key was already used with a different request; use a new key.");
  }
  return JSON.parse(record.response) as T;
}
