import { GetItemCommand, type DynamoDBClient } from "@aws-sdk/client-dynamodb";

/**
 * How long a user's disabled flag is trusted before it is read again. Access ends at most one
 * authorizer TTL plus this after an admin disables (or deletes) the user.
 */
export const USER_STATUS_TTL_MS = 5_000;
/** Bounds the cache in a long-lived container; entries are tiny, eviction is oldest-first. */
const MAX_CACHED_USERS = 10_000;

export interface UserStatusOptions {
  client: Pick<DynamoDBClient, "send">;
  /** Physical name of the Owners table: hash key `ownerId` = `user#<sub>`, attribute `disabled`. */
  tableName: string;
  ttlMs?: number;
  now?: () => number;
}

export interface UserStatus {
  /** True when the user's owner record says `disabled: true`. No record yet means an active user. */
  isDisabled(sub: string): Promise<boolean>;
}

/** One raw GetItem (no dynamoose: it would triple the bundle), cached per user for a few seconds. */
export function createUserStatus(options: UserStatusOptions): UserStatus {
  const ttlMs = options.ttlMs ?? USER_STATUS_TTL_MS;
  const now = options.now ?? Date.now;
  const cache = new Map<string, { disabled: boolean; until: number }>();
  return {
    async isDisabled(sub) {
      const cached = cache.get(sub);
      if (cached && cached.until > now()) return cached.disabled;
      const result = await options.client.send(
        new GetItemCommand({
          TableName: options.tableName,
          Key: { ownerId: { S: `user#${sub}` } },
          ProjectionExpression: "disabled",
          // Strong read: a disable must not be missed because of a stale replica.
          ConsistentRead: true,
        }),
      );
      const disabled = result.Item?.disabled?.BOOL === true;
      cache.delete(sub);
      if (cache.size >= MAX_CACHED_USERS) cache.delete(cache.keys().next().value as string);
      cache.set(sub, { disabled, until: now() + ttlMs });
      return disabled;
    },
  };
}
