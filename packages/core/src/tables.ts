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
}

export const tableNames = ["Links", "Owners", "Partners", "Idempotency"] as const;
export type TableName = (typeof tableNames)[number];

const links: TableDefinition = {
  name: "Links",
  fields: { code: "string", ownerId: "string", createdAt: "number" },
  primaryIndex: { hashKey: "code" },
  // Keys only: every click updates the link item, and a projection of the click counters would
  // turn each redirect into a second (index) write. Listing fetches the page's items by key.
  globalIndexes: { byOwner: { hashKey: "ownerId", rangeKey: "createdAt", projection: "keys-only" } },
  ttl: "expiresAt",
};

/** One item per owner (`user#<sub>` / `partner#<id>`): link counter, limit override, disabled flag. */
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

const idempotency: TableDefinition = {
  name: "Idempotency",
  fields: { key: "string" },
  primaryIndex: { hashKey: "key" },
  ttl: "expiresAt",
};

export const tableDefinitions: readonly TableDefinition[] = [links, owners, partners, idempotency];

export function tableDefinition(name: TableName): TableDefinition {
  const found = tableDefinitions.find((definition) => definition.name === name);
  if (!found) throw new Error(`No table definition named ${name}`);
  return found;
}
