import type { AttributeValue, TransactWriteItem } from "@aws-sdk/client-dynamodb";
import { marshall, unmarshall } from "@aws-sdk/util-dynamodb";
import { isReservedCode } from "@linkgate/contract";
import { ownerIdOf, type Caller } from "../caller";
import type { CoreContext } from "../context";
import { Conflict, Forbidden, QuotaExceeded } from "../errors";
import { defaultLinkLimit } from "../owners/link-limit";
import { readOwnerItem, type OwnerItem } from "../owners/owner.item";
import { cancellationOf, withConflictRetry } from "../store/dynamodb";
import { claimItem, idempotentRequest, replay, type IdempotentRequest } from "./idempotency";
import { linkFromItem, type LinkItem } from "./link.item";
import { assertValidAlias, assertValidTarget, generateCode, parseExpiry } from "./link.rules";
import type { CreateLinkInput, CreateLinkOptions, Link } from "./link.types";

/** Generated codes are 57^7 ≈ 2·10^12: a few retries cover any realistic collision streak. */
const MAX_CODE_ATTEMPTS = 8;

/**
 * Counter update on the owner item, in the same transaction as the link put: the limit holds under
 * any concurrency. The override (`linkLimit` on the item) wins over the default; disabled owners
 * cannot create.
 */
function counterItem(ctx: CoreContext, ownerId: string, defaultLimit: number): TransactWriteItem {
  return {
    Update: {
      TableName: ctx.tables.Owners,
      Key: marshall({ ownerId }),
      UpdateExpression: "SET linkCount = if_not_exists(linkCount, :zero) + :one",
      ConditionExpression:
        "(attribute_not_exists(disabled) OR disabled = :false) AND (attribute_not_exists(linkCount) OR " +
        "(attribute_not_exists(linkLimit) AND linkCount < :defaultLimit) OR (attribute_exists(linkLimit) AND linkCount < linkLimit))",
      ExpressionAttributeValues: marshall({ ":zero": 0, ":one": 1, ":false": false, ":defaultLimit": defaultLimit }),
      ReturnValuesOnConditionCheckFailure: "ALL_OLD",
    },
  };
}

export function createLinkCreator(ctx: CoreContext) {
  const nextCode = ctx.config.generateCode ?? generateCode;

  async function ownerRefusal(ownerId: string, stored: Record<string, AttributeValue> | undefined, defaultLimit: number): Promise<Error> {
    const owner = stored ? (unmarshall(stored) as OwnerItem) : await readOwnerItem(ctx, ownerId, { consistent: true });
    if (owner.disabled) return new Forbidden("This account is disabled.");
    return new QuotaExceeded(owner.linkLimit ?? defaultLimit);
  }

  return async function create(caller: Caller, input: CreateLinkInput, options: CreateLinkOptions = {}): Promise<Link> {
    const now = ctx.config.now();
    if (input.alias !== undefined) assertValidAlias(input.alias);
    const targetUrl = assertValidTarget(input.target, ctx.config.shortHost);
    const expiresAt = input.expiresAt !== undefined ? parseExpiry(input.expiresAt, now) : undefined;
    const ownerId = ownerIdOf(caller);
    const request: IdempotentRequest | undefined = options.idempotencyKey
      ? idempotentRequest(ownerId, options.idempotencyKey, { target: input.target, alias: input.alias ?? null, expiresAt: input.expiresAt ?? null })
      : undefined;
    const defaultLimit = await defaultLinkLimit(ctx, caller);

    for (let attempt = 1; attempt <= MAX_CODE_ATTEMPTS; attempt += 1) {
      const code = input.alias ?? nextCode();
      if (input.alias === undefined && isReservedCode(code)) continue;
      const item: LinkItem = {
        code,
        ownerId,
        targetUrl,
        custom: input.alias !== undefined,
        permanent: expiresAt === undefined,
        createdAt: now.getTime(),
        updatedAt: now.getTime(),
        ...(expiresAt !== undefined ? { expiresAt } : {}),
        clicks: 0,
        clicksByDay: {},
      };
      const link = linkFromItem(item, ctx.config.shortBaseUrl);
      const transactItems: TransactWriteItem[] = [
        { Put: { TableName: ctx.tables.Links, Item: marshall(item), ConditionExpression: "attribute_not_exists(code)" } },
        counterItem(ctx, ownerId, defaultLimit),
        ...(request ? [claimItem(ctx, request, link, now)] : []),
      ];
      try {
        await withConflictRetry(() => ctx.dynamodb.transactWriteItems({ TransactItems: transactItems }));
        return link;
      } catch (error) {
        const cancellation = cancellationOf(error);
        if (!cancellation) throw error;
        const [linkCode, ownerCode, claimCode] = cancellation.codes;
        // Order matters: a replay wins over every other outcome, then who may create, then the code.
        if (request && claimCode === "ConditionalCheckFailed") {
          return replay<Link>(ctx, request, cancellation.items[2] as Record<string, AttributeValue> | undefined);
        }
        if (ownerCode === "ConditionalCheckFailed") {
          throw await ownerRefusal(ownerId, cancellation.items[1] as Record<string, AttributeValue> | undefined, defaultLimit);
        }
        if (linkCode !== "ConditionalCheckFailed") throw error;
        if (input.alias !== undefined) throw new Conflict(`The alias '${input.alias}' is already taken; choose another.`);
      }
    }
    throw new Error(`No free generated code after ${MAX_CODE_ATTEMPTS} attempts`);
  };
}
