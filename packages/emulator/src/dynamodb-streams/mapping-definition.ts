import type { FilterCriteria, RecordFilter } from "./event-filter";

/**
 * A Lambda event source mapping on a DynamoDB table's stream, with the parameters Lambda's
 * CreateEventSourceMapping takes for DynamoDB Streams and their defaults
 * (https://docs.aws.amazon.com/lambda/latest/dg/services-ddb-params.html).
 */
export interface EventSourceMappingDefinition {
  /** Runtime function name. */
  function: string;
  /** DynamoDB table name. */
  table: string;
  /**
   * The table's stream view type; the poller enables the stream with it when the table has none
   * (UpdateTable), and refuses to start (clear error) when the table's differs.
   */
  streamViewType: StreamViewType;
  /** Lambda requires one; default LATEST. */
  startingPosition?: StartingPosition;
  /** 1–10,000, default 100. */
  batchSize?: number;
  /** 0–300, default 0. */
  maximumBatchingWindowSeconds?: number;
  /** Default false. */
  bisectBatchOnFunctionError?: boolean;
  /** -1 (until the record expires, default) or 0–10,000. */
  maximumRetryAttempts?: number;
  /** -1 (default) or 60–604,800. */
  maximumRecordAgeSeconds?: number;
  functionResponseTypes?: FunctionResponseType[];
  /** Lambda's event filtering, as CreateEventSourceMapping takes it: `{ Filters: [{ Pattern: "<JSON>" }] }`. */
  filterCriteria?: FilterCriteria;
}

export const STREAM_VIEW_TYPES = ["KEYS_ONLY", "NEW_IMAGE", "OLD_IMAGE", "NEW_AND_OLD_IMAGES"] as const;
export type StreamViewType = (typeof STREAM_VIEW_TYPES)[number];
export const STARTING_POSITIONS = ["TRIM_HORIZON", "LATEST"] as const;
export type StartingPosition = (typeof STARTING_POSITIONS)[number];
export const FUNCTION_RESPONSE_TYPES = ["ReportBatchItemFailures"] as const;
export type FunctionResponseType = (typeof FUNCTION_RESPONSE_TYPES)[number];

/**
 * A mapping with every default filled in: what the poller runs. Derived from the definition so the
 * two cannot drift; the response types become one flag and the filter criteria a compiled filter.
 */
export type ResolvedMapping = Required<Omit<EventSourceMappingDefinition, "functionResponseTypes" | "filterCriteria">> & {
  reportBatchItemFailures: boolean;
  /** Present with filterCriteria: whether a record goes to the function (the others are dropped). */
  filter?: RecordFilter;
};

export const MAPPING_DEFAULTS = {
  startingPosition: "LATEST",
  batchSize: 100,
  maximumBatchingWindowSeconds: 0,
  bisectBatchOnFunctionError: false,
  maximumRetryAttempts: -1,
  maximumRecordAgeSeconds: -1,
} as const satisfies Partial<ResolvedMapping>;
