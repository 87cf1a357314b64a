import { resolveCoreConfig, type CoreConfig, type ResolvedCoreConfig } from "./config";
import type { CoreContext } from "./context";
import { createLinkService, type LinkService } from "./links/link.service";
import { createOwnerService, type OwnerService } from "./owners/owner.service";
import { createPartnerService, type PartnerService } from "./partners/partner.service";
import { dynamoDb } from "./store/dynamodb";
import { buildCreatableTables, buildModels } from "./store/models";
import type { TableName } from "./tables";

export interface Core {
  readonly config: ResolvedCoreConfig;
  /** Physical table names, by logical name. */
  readonly tableNames: Record<TableName, string>;
  readonly links: LinkService;
  readonly owners: OwnerService;
  readonly partners: PartnerService;
}

/**
 * The domain bound to one set of tables. Validates the configuration (a clear error names every
 * missing value) and makes no AWS call: tables are expected to exist (SST creates them; tests and
 * the local stack call `createTables`). The DynamoDB client takes region and endpoint from the
 * standard environment (AWS_REGION, AWS_ENDPOINT_URL_DYNAMODB).
 */
export function createCore(config: CoreConfig): Core {
  const resolved = resolveCoreConfig(config);
  dynamoDb(); // dynamoose's models use the shared client, with its timeouts, from the first call on.
  const ctx: CoreContext = { config: resolved, tables: resolved.tableNames, models: buildModels(resolved.tableNames) };
  return {
    config: resolved,
    tableNames: resolved.tableNames,
    links: createLinkService(ctx),
    owners: createOwnerService(ctx),
    partners: createPartnerService(ctx),
  };
}

/** Creates every table of the core (on demand, with indexes and TTL) unless it exists. */
export async function createTables(core: Core): Promise<void> {
  await Promise.all(buildCreatableTables(core.tableNames).map((table) => table.initialize()));
}
