import type { DynamoDB } from "@aws-sdk/client-dynamodb";
import { resolveCoreConfig, type CoreConfig, type ResolvedCoreConfig } from "./config";
import type { CoreContext } from "./context";
import { createLinkService, type LinkService } from "./links/link.service";
import { createConnectionService, type ConnectionService } from "./live/connection.service";
import { releaseExpiredLink, type ExpiredLink } from "./live/expired-link-release";
import { createOwnerReader, type OwnerReader } from "./owners/owner-read";
import { createPartnerLookup, type PartnerLookup } from "./partners/partner-lookup";
import { createDynamoDbClient } from "./store/dynamodb";
import type { TableName } from "./tables";

export interface CoreOptions {
  /** The DynamoDB client every service uses; default: one with `awsClientOptions`' limits. */
  dynamodb?: DynamoDB;
}

/** What the per-request routes use: links, the owner's counter and limits, partner lookup. */
export interface RequestCore {
  readonly config: ResolvedCoreConfig;
  /** Physical table names, by logical name. */
  readonly tableNames: Record<TableName, string>;
  readonly links: LinkService;
  readonly owners: OwnerReader;
  readonly partners: PartnerLookup;
  /** The live API's open connections. */
  readonly connections: ConnectionService;
  /** Links DynamoDB's TTL deleted: their owner's count given back, once each (live/expired-link-release.ts). */
  readonly expiredLinks: { release(link: ExpiredLink): Promise<boolean> };
}

/** Validates the configuration (one error names every missing value) and binds it to a client. */
export function createCoreContext(config: CoreConfig, options: CoreOptions = {}): CoreContext {
  const resolved = resolveCoreConfig(config);
  return { config: resolved, tables: resolved.tableNames, dynamodb: options.dynamodb ?? createDynamoDbClient() };
}

/**
 * The part of the domain every request path uses, without dynamoose (`@linkgate/core/request-core`):
 * a function that imports only this never loads the model layer, which costs bundle bytes, init
 * time and CPU per call (see store/dynamodb.ts). `createCore` adds the admin services on top.
 */
export function createRequestCore(config: CoreConfig, options: CoreOptions = {}): RequestCore {
  return requestCoreOf(createCoreContext(config, options));
}

export function requestCoreOf(ctx: CoreContext): RequestCore {
  return {
    config: ctx.config,
    tableNames: ctx.tables,
    links: createLinkService(ctx),
    owners: createOwnerReader(ctx),
    partners: createPartnerLookup(ctx),
    connections: createConnectionService(ctx),
    expiredLinks: { release: (link) => releaseExpiredLink(ctx, link) },
  };
}
