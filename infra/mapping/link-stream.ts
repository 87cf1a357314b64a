import { LINK_STREAM_ENTRY } from "@linkgate/functions/entries";
import { sstHandlerFor } from "./routes";
import type { TableDefinitionShape, TableStreamShape } from "./tables";

/**
 * The Links table's stream consumer (functions: handlers/link-stream.ts) and how Lambda reads the
 * stream for it: infra/live.ts subscribes it, the local stack's emulator maps it with the same values.
 */

/** The SST subscriber's name (its function and event source mapping are named after it). */
export const LINK_STREAM_SUBSCRIBER_NAME = "LinkStream";
export const LINK_STREAM_TABLE = "Links";
/** New images carry a click's counts; old images the owner of a link DynamoDB's TTL deleted. */
export const LINK_STREAM_VIEW: TableStreamShape = "new-and-old-images";

/**
 * The event source mapping's settings, under Lambda's CreateEventSourceMapping names (camelCase, as
 * Pulumi's `aws.lambda.EventSourceMapping` and the emulator's mapping definition spell them).
 * Lambda's defaults for DynamoDB (Lambda guide, "Lambda parameters for Amazon DynamoDB event source
 * mappings"): batch size 100, no bisect, retries -1 (until the record leaves the stream, 24 hours).
 */
export const linkStreamSubscription = {
  // The TTL release is exactly once per link (retries are harmless), so reading from the oldest kept
  // record loses no TTL deletion made before the mapping exists, or while it is being replaced;
  // LATEST would skip those and their owners' counts would never come back. What else is replayed is
  // best-effort page hints.
  startingPosition: "TRIM_HORIZON",
  // Lambda's default; one invocation fans out per owner, well inside the function's timeout.
  batchSize: 100,
  // A record the release keeps failing on is isolated; the rest of its batch still gets through.
  // Splitting does not use up retries (Lambda guide, "Retain discarded batch records ...").
  bisectBatchOnFunctionError: true,
  // Bounded: the default (until the record expires) would hold every later click of the shard back
  // for up to a day behind one bad record.
  maximumRetryAttempts: 10,
} as const;

export interface LinkStreamSourceSpec {
  subscriberName: string;
  /** The table whose stream is read (its SST component name). */
  table: string;
  stream: TableStreamShape;
  /** SST handler string of the consumer. */
  handler: string;
}

/** The consumer's source, checked against core's definitions: the Links table, streaming both images. */
export function linkStreamSourceFor(tables: readonly TableDefinitionShape[]): LinkStreamSourceSpec {
  const links = tables.find((table) => table.name === LINK_STREAM_TABLE);
  if (!links) throw new Error(`The link stream reads the "${LINK_STREAM_TABLE}" table, which core does not define.`);
  if (links.stream !== LINK_STREAM_VIEW) {
    throw new Error(`The link stream needs the "${LINK_STREAM_TABLE}" table's stream to be "${LINK_STREAM_VIEW}" (it is ${links.stream ? `"${links.stream}"` : "off"}).`);
  }
  return { subscriberName: LINK_STREAM_SUBSCRIBER_NAME, table: links.name, stream: links.stream, handler: sstHandlerFor(LINK_STREAM_ENTRY) };
}
