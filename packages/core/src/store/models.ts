import dynamoose from "dynamoose";
import type { DynamoDB } from "@aws-sdk/client-dynamodb";
import type { CoreContext } from "../context";
import { streamViewTypeOf, tableDefinition, tableNames, type TableDefinition, type TableName } from "../tables";

/*
 * dynamoose has no `exports` map and its index exports values, not its classes' types; the types
 * come from those values here instead of from `dynamoose/dist/*` internals, which can move in any
 * release.
 */
type StoredItem = InstanceType<ReturnType<typeof dynamoose.model>>;
/** A model whose items may hold any attribute (the schemas save unknown ones). */
export type AnyModel = ReturnType<typeof dynamoose.model<StoredItem & Record<string, unknown>>>;
type Table = InstanceType<typeof dynamoose.Table>;
type TableOptions = NonNullable<ConstructorParameters<typeof dynamoose.Table>[2]>;
type Schema = InstanceType<typeof dynamoose.Schema>;
type SchemaDefinition = ConstructorParameters<typeof dynamoose.Schema>[0];
type DynamooseInstance = InstanceType<typeof dynamoose.Instance>;
export type Models = Record<TableName, AnyModel>;

const fieldTypes = { string: String, number: Number, binary: Buffer } as const;

/** Non-key attributes each model documents (the raw per-request commands write the same names: attributes.ts). */
const extraAttributes: Record<TableName, SchemaDefinition> = {
  Links: { targetUrl: String, custom: Boolean, permanent: Boolean, clicks: Number, updatedAt: Number },
  Owners: { linkCount: Number, linkLimit: Number, disabled: Boolean },
  Partners: { name: String, contactEmail: String, planId: String, status: String, createdAt: Number, updatedAt: Number, accountSub: String, pendingUpgradeRequestId: String },
  Idempotency: { requestHash: String, response: String },
  Connections: { connectedAt: Number },
  UpgradeRequests: { fromPlanId: String, planId: String, reason: String, decidedAt: Number },
};

/** Builds a dynamoose schema whose keys, indexes and TTL come from the table definition. */
export function schemaFor(definition: TableDefinition, extra: SchemaDefinition): Schema {
  const attributes: SchemaDefinition = { ...extra };
  for (const [field, type] of Object.entries(definition.fields)) {
    const indexes = Object.entries(definition.globalIndexes ?? {})
      .filter(([, index]) => index.hashKey === field)
      .map(([name, index]) => ({ name, type: "global" as const, rangeKey: index.rangeKey, project: index.projection !== "keys-only" }));
    attributes[field] = {
      type: fieldTypes[type],
      ...(definition.primaryIndex.hashKey === field ? { hashKey: true } : {}),
      ...(definition.primaryIndex.rangeKey === field ? { rangeKey: true } : {}),
      ...(indexes.length ? { index: indexes } : {}),
    };
  }
  return new dynamoose.Schema(attributes, { saveUnknown: true, timestamps: false });
}

function tableOptions(definition: TableDefinition, create: boolean): TableOptions {
  const expires = definition.ttl ? { expires: { attribute: definition.ttl, items: { returnExpired: true } } } : {};
  const stream = definition.stream ? { streamOptions: { enabled: true, type: streamViewTypeOf(definition.stream) } } : {};
  return create
    ? { create: true, update: false, initialize: false, throughput: "ON_DEMAND", waitForActive: { enabled: true, check: { frequency: 25, timeout: 120_000 } }, ...expires, ...stream }
    : // Running against existing tables: no DescribeTable/CreateTable calls at cold start.
      { create: false, update: false, initialize: true, waitForActive: false, ...expires };
}

/**
 * A dynamoose instance per DynamoDB client: dynamoose's default instance holds one process-wide
 * client, and the core's client (with its timeouts) must be the one every model uses.
 */
const instances = new WeakMap<DynamoDB, { instance: DynamooseInstance; serial: number; tables: Map<string, { model: AnyModel; table: Table }> }>();
let serials = 0;

function instanceFor(client: DynamoDB) {
  let known = instances.get(client);
  if (!known) {
    const instance = new dynamoose.Instance();
    instance.aws.ddb.set(client);
    known = { instance, serial: (serials += 1), tables: new Map() };
    instances.set(client, known);
  }
  return known;
}

function modelFor(client: DynamoDB, name: TableName, physical: string, create: boolean): { model: AnyModel; table: Table } {
  const { instance, serial, tables } = instanceFor(client);
  const key = `${create ? "create" : "use"}:${physical}`;
  const known = tables.get(key);
  if (known) return known;
  const definition = tableDefinition(name);
  // dynamoose keeps models in one global registry by name: the name is unique per client, and the
  // Table below gives the physical name.
  const model = dynamoose.model(`${key}#${serial}`, schemaFor(definition, extraAttributes[name]));
  const table = new instance.Table(physical, [model], tableOptions(definition, create));
  tables.set(key, { model, table });
  return { model, table };
}

/** The models of a core's tables, bound to its client; built on first use and then reused. */
export function modelsOf(ctx: CoreContext): Models {
  return Object.fromEntries(tableNames.map((name) => [name, modelFor(ctx.dynamodb, name, ctx.tables[name], false).model])) as Models;
}

/** Tables that create themselves (tests, local stack), under separate model names. */
export function creatableTablesOf(ctx: CoreContext): Table[] {
  return tableNames.map((name) => modelFor(ctx.dynamodb, name, ctx.tables[name], true).table);
}
