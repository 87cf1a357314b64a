import type { CoreConfig } from "./config";
import type { CoreContext } from "./context";
import { createOwnerService, type OwnerService } from "./owners/owner.service";
import { createPartnerService, type PartnerService } from "./partners/partner.service";
import { createUpgradeRequestService, type UpgradeRequestService } from "./partners/upgrade-request.service";
import { createCoreContext, requestCoreOf, type CoreOptions, type RequestCore } from "./request-core";
import { creatableTablesOf } from "./store/models";

/** The whole domain: the request core's services, with the admin operations added. */
export interface Core extends RequestCore {
  readonly owners: OwnerService;
  readonly partners: PartnerService;
  /** Partners' plan upgrade requests (self-service portal). */
  readonly upgradeRequests: UpgradeRequestService;
}

const contexts = new WeakMap<Core, CoreContext>();

/**
 * The domain bound to one set of tables. Validates the configuration (a clear error names every
 * missing value) and makes no AWS call: tables are expected to exist (SST creates them; tests and
 * the local stack call `createTables`). The DynamoDB client takes region and endpoint from the
 * standard environment (AWS_REGION, AWS_ENDPOINT_URL_DYNAMODB) unless one is given.
 */
export function createCore(config: CoreConfig, options: CoreOptions = {}): Core {
  const ctx = createCoreContext(config, options);
  const core: Core = { ...requestCoreOf(ctx), owners: createOwnerService(ctx), partners: createPartnerService(ctx), upgradeRequests: createUpgradeRequestService(ctx) };
  contexts.set(core, ctx);
  return core;
}

/** Creates every table of the core (on demand, with indexes and TTL) unless it exists. */
export async function createTables(core: Core): Promise<void> {
  const ctx = contexts.get(core);
  if (!ctx) throw new Error("createTables needs a core made by createCore");
  await Promise.all(creatableTablesOf(ctx).map((table) => table.initialize()));
}
