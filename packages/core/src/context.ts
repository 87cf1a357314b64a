import type { DynamoDB } from "@aws-sdk/client-dynamodb";
import type { ResolvedCoreConfig } from "./config";
import type { TableName } from "./tables";

/**
 * What every service is bound to: validated config, physical table names and the DynamoDB client.
 * Services that use dynamoose build their models from it (store/models.ts), so a route that needs
 * only per-request reads and writes never loads dynamoose.
 */
export interface CoreContext {
  config: ResolvedCoreConfig;
  tables: Record<TableName, string>;
  dynamodb: DynamoDB;
}

/** One page, shaped like the contract's `pageOf`: fewer than `limit` items may come while more follow. */
export interface Page<T> {
  items: T[];
  /** Pass back unchanged (with the same other parameters) for the next page; null at the end. */
  nextCursor: string | null;
}

export { pageLimitDefault, pageLimitMax } from "@linkgate/contract";
