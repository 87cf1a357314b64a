import dynamoose from "dynamoose";
import type { Model } from "dynamoose/dist/Model";
import type { AnyItem } from "dynamoose/dist/Item";
import type { Table, TableOptionsOptional } from "dynamoose/dist/Table";
import type { Schema, SchemaDefinition } from "dynamoose/dist/Schema";
import { tableDefinition, tableNames, type TableDefinition, type TableName } from "../tables";

export type AnyModel = Model<AnyItem>;
export type Models = Record<TableName, AnyModel>;

const fieldTypes = { string: String, number: Number, binary: Buffer } as const;

/** Non-key attributes each model documents (the raw hot paths write the same names). */
const extraAttributes: Record<TableName, SchemaDefinition> = {
  Links: { targetUrl: String, custom: Boolean, permanent: Boolean, clicks: Number, updatedAt: Number },
  Owners: { linkCount: Number, linkLimit: Number, disabled: Boolean },
  Partners: { name: String, contactEmail: String, planId: String, status: String, createdAt: Number, updatedAt: Number },
  Idempotency: { requestHash: String, response: String },
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

function tableOptions(definition: TableDefinition, create: boolean): TableOptionsOptional {
  const expires = definition.ttl ? { expires: { attribute: definition.ttl, items: { returnExpired: true } } } : {};
  return create
    ? { create: true, update: false, initialize: false, throughput: "ON_DEMAND", waitForActive: { enabled: true, check: { frequency: 25, timeout: 120_000 } }, ...expires }
    : // Running against existing tables: no DescribeTable/CreateTable calls at cold start.
      { create: false, update: false, initialize: true, waitForActive: false, ...expires };
}

/**
 * One dynamoose model per table, named after the physical table (dynamoose keeps models in a
 * global registry by name, so cores with different prefixes coexist in one process).
 */
export function buildModels(physicalNames: Record<TableName, string>): Models {
  const models = {} as Models;
  for (const name of tableNames) models[name] = modelFor(name, physicalNames[name], false).model;
  return models;
}

/** dynamoose allows one table per model name: cores sharing physical tables share the models. */
const registry = new Map<string, { model: AnyModel; table: Table }>();

function modelFor(name: TableName, physical: string, create: boolean): { model: AnyModel; table: Table } {
  const modelName = create ? `create:${physical}` : physical;
  const known = registry.get(modelName);
  if (known) return known;
  const definition = tableDefinition(name);
  const model = dynamoose.model(modelName, schemaFor(definition, extraAttributes[name]));
  const table = new dynamoose.Table(physical, [model], tableOptions(definition, create));
  registry.set(modelName, { model, table });
  return { model, table };
}

/** Tables that create themselves (tests, local stack); models under a separate registry name. */
export function buildCreatableTables(physicalNames: Record<TableName, string>): Table[] {
  return tableNames.map((name) => modelFor(name, physicalNames[name], true).table);
}
