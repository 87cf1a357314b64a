import type { AttributeValue } from "@aws-sdk/client-dynamodb";
import { marshall, unmarshall } from "@aws-sdk/util-dynamodb";
import { upgradeRequestStatuses, type UpgradeRequest, type UpgradeRequestStatus } from "@linkgate/contract";
import { randomBytes } from "node:crypto";
import type { CoreContext } from "../context";
import { Conflict, NotFound } from "../errors";
import { cancellationOf } from "../store/dynamodb";

type UpgradeRequestItem = {
  requestId: string;
  partnerId: string;
  fromPlanId: string;
  planId: string;
  status: UpgradeRequestStatus;
  reason?: string;
  createdAt: number;
  decidedAt?: number;
};

const fromItem = (item: UpgradeRequestItem): UpgradeRequest => ({
  id: item.requestId,
  partnerId: item.partnerId,
  fromPlanId: item.fromPlanId,
  planId: item.planId,
  status: item.status,
  reason: item.reason ?? null,
  createdAt: new Date(item.createdAt).toISOString(),
  decidedAt: item.decidedAt === undefined ? null : new Date(item.decidedAt).toISOString(),
});

export type UpgradeRequestService = ReturnType<typeof createUpgradeRequestService>;

/**
 * Plan upgrade requests (tables.ts, UpgradeRequests). Opening one sets the partner's
 * `pendingUpgradeRequestId` in the same transaction, on the condition that none is set: one pending
 * request per partner, even under parallel calls. Deciding clears it, on the condition that the
 * request is still pending: a request is decided once. Plans and keys are the functions' part.
 */
export function createUpgradeRequestService(ctx: CoreContext) {
  const partnerKey = (partnerId: string) => marshall({ partnerId });

  async function query(index: "byPartner" | "byStatus", field: string, value: string): Promise<UpgradeRequest[]> {
    const items: UpgradeRequest[] = [];
    let start: Record<string, AttributeValue> | undefined;
    do {
      const page = await ctx.dynamodb.query({
        TableName: ctx.tables.UpgradeRequests,
        IndexName: index,
        KeyConditionExpression: "#f = :v",
        ExpressionAttributeNames: { "#f": field },
        ExpressionAttributeValues: marshall({ ":v": value }),
        ScanIndexForward: false,
        ...(start ? { ExclusiveStartKey: start } : {}),
      });
      items.push(...(page.Items ?? []).map((item) => fromItem(unmarshall(item) as UpgradeRequestItem)));
      start = page.LastEvaluatedKey;
    } while (start);
    return items;
  }

  async function get(requestId: string): Promise<UpgradeRequest> {
    const found = await ctx.dynamodb.getItem({ TableName: ctx.tables.UpgradeRequests, Key: marshall({ requestId }), ConsistentRead: true });
    if (!found.Item) throw new NotFound(`No upgrade request '${requestId}'.`);
    return fromItem(unmarshall(found.Item) as UpgradeRequestItem);
  }

  return {
    async open(input: { partnerId: string; fromPlanId: string; planId: string }): Promise<UpgradeRequest> {
      const item: UpgradeRequestItem = { requestId: `ur_${randomBytes(8).toString("hex")}`, ...input, status: "pending", createdAt: ctx.config.now().getTime() };
      try {
        await ctx.dynamodb.transactWriteItems({
          TransactItems: [
            {
              Update: {
                TableName: ctx.tables.Partners,
                Key: partnerKey(input.partnerId),
                UpdateExpression: "SET pendingUpgradeRequestId = :id",
                ConditionExpression: "attribute_exists(partnerId) AND attribute_not_exists(pendingUpgradeRequestId)",
                ExpressionAttributeValues: marshall({ ":id": item.requestId }),
                // Tells the two failures apart without another read: no item is an unknown partner.
                ReturnValuesOnConditionCheckFailure: "ALL_OLD",
              },
            },
            { Put: { TableName: ctx.tables.UpgradeRequests, Item: marshall(item), ConditionExpression: "attribute_not_exists(requestId)" } },
          ],
        });
      } catch (error) {
        const cancellation = cancellationOf(error);
        if (cancellation?.codes[0] === "ConditionalCheckFailed" && !cancellation.items[0]) throw new NotFound(`No partner '${input.partnerId}'.`);
        if (cancellation?.codes[0] === "ConditionalCheckFailed" || cancellation?.codes.includes("TransactionConflict")) {
          throw new Conflict("You already have a pending upgrade request: wait for an admin to decide it (GET /portal/upgrade-requests).");
        }
        throw error;
      }
      return fromItem(item);
    },

    get,

    /** A partner's requests, newest first. */
    ofPartner: (partnerId: string) => query("byPartner", "partnerId", partnerId),

    /** Requests with a status (all of them when absent), newest first. */
    async list(status?: UpgradeRequestStatus): Promise<UpgradeRequest[]> {
      const statuses: readonly UpgradeRequestStatus[] = status ? [status] : upgradeRequestStatuses;
      const lists = await Promise.all(statuses.map((one) => query("byStatus", "status", one)));
      return lists.flat().sort((a, b) => b.createdAt.localeCompare(a.createdAt));
    },

    /**
     * Approves or refuses a pending request and frees the partner to ask again; Conflict once decided.
     * `read`: the request as the caller just read it, so it is not read twice (the write's condition,
     * not this copy, decides whether it is still pending).
     */
    async decide(requestId: string, decision: { status: "approved" | "refused"; reason?: string }, read?: UpgradeRequest): Promise<UpgradeRequest> {
      const current = read ?? (await get(requestId));
      const decidedAt = ctx.config.now().getTime();
      const reason = decision.reason !== undefined ? { ":reason": decision.reason } : {};
      try {
        await ctx.dynamodb.transactWriteItems({
          TransactItems: [
            {
              Update: {
                TableName: ctx.tables.UpgradeRequests,
                Key: marshall({ requestId }),
                UpdateExpression: `SET #status = :decided, decidedAt = :at${decision.reason !== undefined ? ", reason = :reason" : ""}`,
                ConditionExpression: "#status = :pending",
                ExpressionAttributeNames: { "#status": "status" },
                ExpressionAttributeValues: marshall({ ":decided": decision.status, ":at": decidedAt, ":pending": "pending", ...reason }),
              },
            },
            {
              Update: {
                TableName: ctx.tables.Partners,
                Key: partnerKey(current.partnerId),
                UpdateExpression: "REMOVE pendingUpgradeRequestId",
                ConditionExpression: "pendingUpgradeRequestId = :id",
                ExpressionAttributeValues: marshall({ ":id": requestId }),
              },
            },
          ],
        });
      } catch (error) {
        if (cancellationOf(error)) throw new Conflict(`Upgrade request '${requestId}' is already ${current.status === "pending" ? "being decided" : current.status}.`);
        throw error;
      }
      return { ...current, status: decision.status, reason: decision.reason ?? null, decidedAt: new Date(decidedAt).toISOString() };
    },
  };
}
