import { LIVE_MAX_CONNECTION_SECONDS } from "@linkgate/contract/live";
import type { AttributeValue } from "@aws-sdk/client-dynamodb";
import { marshall } from "@aws-sdk/util-dynamodb";
import type { CoreContext } from "../context";
import { parseOwnerIdField } from "../owners/owner-read";

/** The `audience` of admins' connections: the sparse index the admin fan-out reads. */
export const ADMIN_AUDIENCE = "admins";

export interface OpenConnection {
  connectionId: string;
  /** Whose pages these are: `user#<sub>`. */
  ownerId: string;
  /** Admins also get the dashboard's traffic messages. */
  admin: boolean;
  /** API Gateway's `requestContext.connectedAt` (ms). */
  connectedAt: number;
}

export type ConnectionService = ReturnType<typeof createConnectionService>;

/**
 * The live API's open connections, one item each (raw commands: `$connect` and the stream consumer
 * are per-request paths). Items outlive a `$disconnect` that never ran by at most the TTL, set to
 * when API Gateway would have closed the connection anyway; a send to such a connection gets Gone,
 * and the sender forgets it.
 */
export function createConnectionService(ctx: CoreContext) {
  const table = ctx.tables.Connections;

  async function idsWhere(index: "byOwner" | "byAudience", attribute: "ownerId" | "audience", value: string): Promise<string[]> {
    const ids: string[] = [];
    let start: Record<string, AttributeValue> | undefined;
    do {
      const page = await ctx.dynamodb.query({
        TableName: table,
        IndexName: index,
        KeyConditionExpression: "#attribute = :value",
        ExpressionAttributeNames: { "#attribute": attribute },
        ExpressionAttributeValues: marshall({ ":value": value }),
        ...(start ? { ExclusiveStartKey: start } : {}),
      });
      for (const item of page.Items ?? []) if (item.connectionId?.S) ids.push(item.connectionId.S);
      start = page.LastEvaluatedKey;
    } while (start);
    return ids;
  }

  return {
    async open(connection: OpenConnection): Promise<void> {
      parseOwnerIdField(connection.ownerId);
      const expiresAt = Math.ceil(connection.connectedAt / 1000) + LIVE_MAX_CONNECTION_SECONDS;
      const item = { connectionId: connection.connectionId, ownerId: connection.ownerId, connectedAt: connection.connectedAt, expiresAt, ...(connection.admin ? { audience: ADMIN_AUDIENCE } : {}) };
      await ctx.dynamodb.putItem({ TableName: table, Item: marshall(item) });
    },

    /** Forgets a connection (its `$disconnect`, or a send that found it gone); forgetting twice is fine. */
    async close(connectionId: string): Promise<void> {
      await ctx.dynamodb.deleteItem({ TableName: table, Key: marshall({ connectionId }) });
    },

    /** The open connections of one owner. */
    ofOwner: (ownerId: string) => idsWhere("byOwner", "ownerId", ownerId),

    /** The open connections of admins. */
    ofAdmins: () => idsWhere("byAudience", "audience", ADMIN_AUDIENCE),
  };
}
