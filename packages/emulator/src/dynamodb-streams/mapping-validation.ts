import { compileFilterCriteria } from "./event-filter";
import {
  FUNCTION_RESPONSE_TYPES,
  MAPPING_DEFAULTS,
  STARTING_POSITIONS,
  STREAM_VIEW_TYPES,
  type EventSourceMappingDefinition,
  type ResolvedMapping,
} from "./mapping-definition";

/** A mapping Lambda's CreateEventSourceMapping would refuse; `field` names the offending parameter. */
export class EventSourceMappingError extends Error {
  override readonly name = "EventSourceMappingError";
  constructor(readonly field: string, message: string) {
    super(message);
  }
}

/** Typed against the definition, so a parameter added there cannot be refused here as unknown. */
const KNOWN_FIELDS = new Set<string>(
  Object.keys({
    function: true, table: true, streamViewType: true, startingPosition: true, batchSize: true, maximumBatchingWindowSeconds: true,
    bisectBatchOnFunctionError: true, maximumRetryAttempts: true, maximumRecordAgeSeconds: true, functionResponseTypes: true, filterCriteria: true,
  } satisfies Record<keyof EventSourceMappingDefinition, true>),
);
/** DynamoDB's rule for table names (CreateTable). */
const TABLE_NAME = /^[a-zA-Z0-9_.-]{3,255}$/;

/**
 * Checks a mapping as Lambda's CreateEventSourceMapping does for a DynamoDB stream (ranges from
 * the API reference) and fills in the defaults. `knownFunctions`, when given, must list the function.
 */
export function resolveMapping(input: unknown, knownFunctions?: readonly string[]): ResolvedMapping {
  if (typeof input !== "object" || input === null || Array.isArray(input)) {
    throw new EventSourceMappingError("mapping", `An event source mapping must be an object, got ${describe(input)}.`);
  }
  const mapping = input as Record<string, unknown>;
  const where = mappingLabel(mapping);
  const fail = (field: string, rule: string): never => {
    throw new EventSourceMappingError(field, `${where}: ${field} ${rule}, got ${describe(mapping[field])}.`);
  };
  for (const field of Object.keys(mapping)) {
    if (!KNOWN_FIELDS.has(field)) fail(field, `is not a parameter of a DynamoDB event source mapping (known: ${[...KNOWN_FIELDS].join(", ")})`);
  }
  const fn = mapping.function;
  if (typeof fn !== "string" || fn.length < 1 || fn.length > 140) fail("function", "must be a function name of 1 to 140 characters");
  if (knownFunctions && !knownFunctions.includes(fn as string)) fail("function", `must be one of the runtime's functions (${knownFunctions.join(", ") || "none"})`);
  if (typeof mapping.table !== "string" || !TABLE_NAME.test(mapping.table)) fail("table", "must be a DynamoDB table name (3 to 255 of a-z, A-Z, 0-9, '_', '-', '.')");
  const oneOf = <T extends string>(field: string, values: readonly T[], fallback?: T): T => {
    const value = mapping[field] ?? fallback;
    if (!values.includes(value as T)) fail(field, `must be one of ${values.join(", ")}`);
    return value as T;
  };
  const integer = (field: string, min: number, max: number, fallback: number, alsoAllowed?: number): number => {
    const value = mapping[field] ?? fallback;
    const ok = Number.isInteger(value) && ((value as number) === alsoAllowed || ((value as number) >= min && (value as number) <= max));
    if (!ok) fail(field, `must be an integer ${alsoAllowed === undefined ? "" : `${alsoAllowed} or `}from ${min} to ${max}`);
    return value as number;
  };
  const bisect = mapping.bisectBatchOnFunctionError ?? MAPPING_DEFAULTS.bisectBatchOnFunctionError;
  if (typeof bisect !== "boolean") fail("bisectBatchOnFunctionError", "must be a boolean");
  const responseTypes = mapping.functionResponseTypes ?? [];
  if (!Array.isArray(responseTypes) || !responseTypes.every((t) => (FUNCTION_RESPONSE_TYPES as readonly unknown[]).includes(t))) {
    fail("functionResponseTypes", `must be a list of ${FUNCTION_RESPONSE_TYPES.join(", ")}`);
  }
  const filter = mapping.filterCriteria === undefined ? undefined : compileFilterCriteria(mapping.filterCriteria, (rule) => fail("filterCriteria", rule));
  return {
    function: fn as string,
    table: mapping.table as string,
    streamViewType: oneOf("streamViewType", STREAM_VIEW_TYPES),
    // AT_TIMESTAMP is Kinesis-only; Lambda refuses it for DynamoDB streams.
    startingPosition: oneOf("startingPosition", STARTING_POSITIONS, MAPPING_DEFAULTS.startingPosition),
    batchSize: integer("batchSize", 1, 10_000, MAPPING_DEFAULTS.batchSize),
    maximumBatchingWindowSeconds: integer("maximumBatchingWindowSeconds", 0, 300, MAPPING_DEFAULTS.maximumBatchingWindowSeconds),
    bisectBatchOnFunctionError: bisect as boolean,
    maximumRetryAttempts: integer("maximumRetryAttempts", 0, 10_000, MAPPING_DEFAULTS.maximumRetryAttempts, -1),
    maximumRecordAgeSeconds: integer("maximumRecordAgeSeconds", 60, 604_800, MAPPING_DEFAULTS.maximumRecordAgeSeconds, -1),
    reportBatchItemFailures: (responseTypes as unknown[]).includes("ReportBatchItemFailures"),
    ...(filter ? { filter } : {}),
  };
}

/** How every error about a mapping names it: `Event source mapping (function "f", table "t")`. */
export function mappingLabel(mapping: { function?: unknown; table?: unknown }): string {
  return `Event source mapping (function ${describe(mapping.function)}, table ${describe(mapping.table)})`;
}

function describe(value: unknown): string {
  if (value === undefined) return "undefined";
  return typeof value === "string" ? `"${value}"` : (JSON.stringify(value) ?? String(value));
}

/** For an `EventSourceMappingDefinition` typed by the caller: same checks. */
export function resolveMappings(mappings: readonly EventSourceMappingDefinition[], knownFunctions?: readonly string[]): ResolvedMapping[] {
  if (!Array.isArray(mappings)) throw new EventSourceMappingError("mappings", `mappings must be a list, got ${describe(mappings)}.`);
  return mappings.map((mapping) => resolveMapping(mapping, knownFunctions));
}
