import { GetItemCommand, type DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { userOwnerId } from "@linkgate/core/owner-id";

export interface UserStatusOptions {
  client: Pick<DynamoDBClient, "send">;
  /** Physical name of the Owners table: hash key `ownerId` = `user#<sub>`, attribute `disabled`. */
  tableName: string;
}

export interface UserStatus {
  /** True when the user's owner record says `disabled: true`. No record yet means an active user. */
  isDisabled(sub: string): Promise<boolean>;
}

/**
 * One raw GetItem (no dynamoose: it would triple the bundle) on every authorizer invocation, and no
 * cache of our own: API Gateway already caches the authorizer's result per token for its TTL, so
 * this read runs about once per token per TTL. A second cache here would race the admin's flush of
 * that result cache: a status cached as "enabled" just before a disable would be re-issued as a
 * fresh Allow right after the flush, and kept for a whole TTL.
 */
export function createUserStatus(options: UserStatusOptions): UserStatus {
  return {
    async isDisabled(sub) {
      const result = await options.client.send(
        new GetItemCommand({
          TableName: options.tableName,
          Key: { ownerId: { S: userOwnerId(sub) } },
          ProjectionExpression: "disabled",
          // Strong read: a disable must not be missed because of a stale replica.
          ConsistentRead: true,
        }),
      );
      return result.Item?.disabled?.BOOL === true;
    },
  };
}
