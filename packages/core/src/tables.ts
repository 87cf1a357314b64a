/**
 * The one definition of every DynamoDB table, as pure data: dynamoose models build their keys,
 * indexes and TTL from it, and SST's infra declares `sst.aws.Dynamo` components from it.
 * No dynamoose import here, so infra can read it without pulling the data layer.
 */
export interface TableDefinition {
  /** Logical name: SST component name and Resource key, PascalCase. */
  name: string;
  /** Key attributes only (SST style). */
  fields: Record<string, "string" | "number" | "binary">;
  primaryIndex: { hashKey: string; rangeKey?: string };
  globalIndexes?: Record<string, { hashKey: string; rangeKey?: string; projection?: "all" | "keys-only" }>;
  /** Attribute holding the expiry as epoch seconds. */
  ttl?: string;
  /** The table's DynamoDB stream, SST style (`sst.aws.Dynamo`'s `stream`); none when absent. */
  stream?: TableStream;
}

export type TableStream = "keys-only" | "new-image" | "old-image" | "new-and-old-images";

/** DynamoDB's StreamViewType for an SST stream setting. */
export function streamViewTypeOf(stream: TableStream): "KEYS_ONLY" | "NEW_IMAGE" | "OLD_IMAGE" | "NEW_AND_OLD_IMAGES" {
  return stream.toUpperCase().replace(/-/g, "_") as "KEYS_ONLY" | "NEW_IMAGE" | "OLD_IMAGE" | "NEW_AND_OLD_IMAGES";
}

export const tableNames = ["Links", "Owners", "Partners", "Idempotency", "Connections", "UpgradeRequests"] as const;
export type TableName = (typeof tableNames)[number];

const links: TableDefinition = {
  name: "Links",
  fields: { code: "string", ownerId: "string", createdAt: "number" },
  primaryIndex: { hashKey: "code" },
  // Keys only: every click updates the link item, and a projection of the click counters would
  // turn each redirect into a second (index) write. Listing fetches the page's items by key.
  globalIndexes: { byOwner: { hashKey: "ownerId", rangeKey: "createdAt", projection: "keys-only" } },
  ttl: "expiresAt",
  // The live API's source: new images carry each click's counts to the owner's open pages, old
  // images the owner of a link that DynamoDB's TTL deleted (its count is given back).
  stream: "new-and-old-images",
};

/**
 * One item per owner (`user#<sub>` / `partner#<id>`): link counter, limit override, disabled flag.
 * Also one `account#<sub>` item per partner account that has its partner (partners/account-partner.ts):
 * the conditional marker that keeps it to one partner, read consistently to find that partner.
 */
const owners: TableDefinition = {
  name: "Owners",
  fields: { ownerId: "string" },
  primaryIndex: { hashKey: "ownerId" },
};

const partners: TableDefinition = {
  name: "Partners",
  fields: { partnerId: "string", apiKeyId: "string" },
  primaryIndex: { hashKey: "partnerId" },
  globalIndexes: { byApiKeyId: { hashKey: "apiKeyId", projection: "all" } },
};

/**
 * Partners' plan upgrade requests. A table of their own rather than items in Partners, whose
 * admin list is a table scan that would have to skip them: listed per partner (byPartner) and, for
 * admins, per status (byStatus), newest first. At most one pending per partner: the partner item's
 * `pendingUpgradeRequestId`, set and cleared in the same transactions (partners/upgrade-request.service.ts).
 */
const upgradeRequests: TableDefinition = {
  name: "UpgradeRequests",
  fields: { requestId: "string", partnerId: "string", status: "string", createdAt: "number" },
  primaryIndex: { hashKey: "requestId" },
  globalIndexes: { byPartner: { hashKey: "partnerId", rangeKey: "createdAt", projection: "all" }, byStatus: { hashKey: "status", rangeKey: "createdAt", projection: "all" } },
};

const idempotency: TableDefinition = {
  name: "Idempotency",
  fields: { key: "string" },
  primaryIndex: { hashKey: "key" },
  ttl: "expiresAt",
};

/**
 * One item per open live (WebSocket) connection: whose it is, so a click reaches its owner's pages,
 * and `audience: "admins"` on admins' connections only (a sparse index: the admin fan-out reads
 * just those). TTL removes connections whose `$disconnect` never ran, after API Gateway's 2 hours.
 */
const connections: TableDefinition = {
  name: "Connections",
  fields: { connectionId: "string", ownerId: "string", audience: "string" },
  primaryIndex: { hashKey: "connectionId" },
  globalIndexes: { byOwner: { hashKey: "ownerId", projection: "keys-only" }, byAudience: { hashKey: "audience", projection: "keys-only" } },
  ttl: "expiresAt",
};

export const tableDefinitions: readonly TableDefinition[] = [links, owners, partners, idempotency, connections, upgradeRequests];

export function tableDefinition(name: TableName): TableDefinition {
  const found = tableDefinitions.find((definition) => definition.name === name);
  if (!found) throw new Error(`No table definition named ${name}`);
  return found;
}
