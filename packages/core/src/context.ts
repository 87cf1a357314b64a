import type { ResolvedCoreConfig } from "./config";
import type { Models } from "./store/models";
import type { TableName } from "./tables";

/** What every service is bound to: validated config, physical table names, models. */
export interface CoreContext {
  config: ResolvedCoreConfig;
  tables: Record<TableName, string>;
  models: Models;
}

export interface Page<T> {
  items: T[];
  /** Present when more items may follow; pass it back unchanged to get the next page. */
  nextCursor?: string;
}

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;
