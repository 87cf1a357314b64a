import type { ResolvedCoreConfig } from "./config";
import type { Models } from "./store/models";
import type { TableName } from "./tables";

/** What every service is bound to: validated config, physical table names, models. */
export interface CoreContext {
  config: ResolvedCoreConfig;
  tables: Record<TableName, string>;
  models: Models;
}

/** One page, shaped like the contract's `pageOf`: fewer than `limit` items may come while more follow. */
export interface Page<T> {
  items: T[];
  /** Pass back unchanged (with the same other parameters) for the next page; null at the end. */
  nextCursor: string | null;
}

export { pageLimitDefault, pageLimitMax } from "@linkgate/contract";
