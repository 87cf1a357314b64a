/**
 * Core's table definitions → `sst.aws.Dynamo` arguments. Core owns the definitions (its models read
 * the same ones); this only checks them against what DynamoDB accepts and drops the name.
 */

export type AttributeType = "string" | "number" | "binary";

/**
 * `sst.aws.Dynamo`'s `stream` values (platform/src/components/aws/dynamo.ts), which core's
 * definitions use as they are: SST upper-cases them into DynamoDB's StreamViewType.
 */
export const TABLE_STREAMS = ["keys-only", "new-image", "old-image", "new-and-old-images"] as const;
export type TableStreamShape = (typeof TABLE_STREAMS)[number];

export interface IndexShape {
  hashKey: string;
  rangeKey?: string;
}

export interface GlobalIndexShape extends IndexShape {
  projection?: "all" | "keys-only" | readonly string[];
}

/** The shape of `@linkgate/core/tables`' `TableDefinition`. */
export interface TableDefinitionShape {
  /** PascalCase logical name: the SST component name and the `Resource.<name>` key. */
  name: string;
  fields: Readonly<Record<string, AttributeType>>;
  primaryIndex: IndexShape;
  globalIndexes?: Readonly<Record<string, GlobalIndexShape>>;
  /** Attribute holding the expiry time (epoch seconds). */
  ttl?: string;
  /** The table's DynamoDB stream: what each record carries. None when absent. */
  stream?: TableStreamShape;
}

export interface DynamoArgsSpec {
  fields: Record<string, AttributeType>;
  primaryIndex: IndexShape;
  globalIndexes?: Record<string, { hashKey: string; rangeKey?: string; projection?: "all" | "keys-only" | string[] }>;
  ttl?: string;
  stream?: TableStreamShape;
}

export function dynamoArgsFor(table: TableDefinitionShape): DynamoArgsSpec {
  if (!/^[A-Z][A-Za-z0-9]*$/.test(table.name)) throw new Error(`Table "${table.name}": the name must be PascalCase (it is a Resource key).`);
  const keys = keyAttributes(table);
  for (const key of keys) {
    if (!(key in table.fields)) throw new Error(`Table "${table.name}": key "${key}" is not declared in fields.`);
  }
  for (const field of Object.keys(table.fields)) {
    // DynamoDB rejects attribute definitions that no index uses.
    if (!keys.has(field)) throw new Error(`Table "${table.name}": field "${field}" is declared but is not a key of any index.`);
  }
  // Core's type already says this; the check is for definitions that reach here untyped (JSON, a cast).
  if (table.stream !== undefined && !(TABLE_STREAMS as readonly string[]).includes(table.stream)) {
    throw new Error(`Table "${table.name}": stream "${String(table.stream)}" is not one of ${TABLE_STREAMS.join(", ")}.`);
  }
  return {
    fields: { ...table.fields },
    primaryIndex: { ...table.primaryIndex },
    ...(table.globalIndexes ? { globalIndexes: copyIndexes(table.globalIndexes) } : {}),
    ...(table.ttl ? { ttl: table.ttl } : {}),
    ...(table.stream ? { stream: table.stream } : {}),
  };
}

export function dynamoTablesFor(tables: readonly TableDefinitionShape[]): { name: string; args: DynamoArgsSpec }[] {
  const names = new Set<string>();
  return tables.map((table) => {
    if (names.has(table.name)) throw new Error(`Table "${table.name}" is defined twice.`);
    names.add(table.name);
    return { name: table.name, args: dynamoArgsFor(table) };
  });
}

function keyAttributes(table: TableDefinitionShape): Set<string> {
  const indexes: IndexShape[] = [table.primaryIndex, ...Object.values(table.globalIndexes ?? {})];
  return new Set(indexes.flatMap((index) => (index.rangeKey ? [index.hashKey, index.rangeKey] : [index.hashKey])));
}

function copyIndexes(indexes: Readonly<Record<string, GlobalIndexShape>>): NonNullable<DynamoArgsSpec["globalIndexes"]> {
  return Object.fromEntries(
    Object.entries(indexes).map(([name, index]) => [
      name,
      {
        hashKey: index.hashKey,
        ...(index.rangeKey ? { rangeKey: index.rangeKey } : {}),
        ...(index.projection ? { projection: typeof index.projection === "string" ? index.projection : [...index.projection] } : {}),
      },
    ]),
  );
}
