export { DEFAULT_POLL_INTERVAL_MS, startStreamPollers, type StreamPollers, type StreamPollersOptions } from "./stream-pollers";
export {
  MAPPING_DEFAULTS,
  type EventSourceMappingDefinition,
  type FunctionResponseType,
  type ResolvedMapping,
  type StartingPosition,
  type StreamViewType,
} from "./mapping-definition";
export { EventSourceMappingError, resolveMapping, resolveMappings } from "./mapping-validation";
export type { FailureCondition, StreamFailureRecord } from "./failure-record";
export { TTL_DELETE_IDENTITY, type DynamoDBStreamEvent, type DynamoDBStreamEventRecord, type EventAttributeValue, type EventItem } from "./stream-event";
export type { FilterCriteria } from "./event-filter";
