import type { LambdaInvoker } from "../lambda/invoker";
import type { RuntimeLogger } from "../lambda/runtime-log";
import type { EventSourceMappingDefinition } from "./mapping-definition";
import { startStreamPollers, type StreamPollers, type StreamPollersOptions } from "./stream-pollers";

/** The DynamoDB (Local) whose tables the mappings read. */
export interface StreamsDynamoDb {
  endpoint: string;
  region: string;
  credentials: { accessKeyId: string; secretAccessKey: string };
}

/** What `startEmulator` passes on: its options' part about streams, and its runtime. */
export interface EmulatorStreamsInput {
  eventSourceMappings?: EventSourceMappingDefinition[];
  dynamodb?: StreamsDynamoDb;
  runtime: LambdaInvoker;
  functionNames: readonly string[];
  logger?: RuntimeLogger;
  accountId?: string;
  onFailure?: StreamPollersOptions["onFailure"];
}

/** The emulator's stream pollers, or undefined when it has no mappings. */
export async function startEmulatorStreams(input: EmulatorStreamsInput): Promise<StreamPollers | undefined> {
  if (!input.eventSourceMappings?.length) return undefined;
  if (!input.dynamodb) throw new Error("eventSourceMappings need the dynamodb option ({ endpoint, region, credentials }) of the DynamoDB their tables are in.");
  return startStreamPollers({
    ...input.dynamodb,
    invoker: input.runtime,
    mappings: input.eventSourceMappings,
    functionNames: input.functionNames,
    ...(input.logger ? { logger: input.logger } : {}),
    ...(input.accountId ? { accountId: input.accountId } : {}),
    ...(input.onFailure ? { onFailure: input.onFailure } : {}),
  });
}
