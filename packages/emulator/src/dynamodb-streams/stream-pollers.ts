import { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { DynamoDBStreamsClient } from "@aws-sdk/client-dynamodb-streams";
import { randomUUID } from "node:crypto";
import { performance } from "node:perf_hooks";
import type { LambdaInvoker } from "../lambda/invoker";
import { DEFAULT_ACCOUNT_ID } from "../lambda/lambda-runtime";
import { jsonLineLogger, type RuntimeLogger } from "../lambda/runtime-log";
import { deliverBatch } from "./batch-delivery";
import { failureRecord, type FailedBatch, type StreamFailureRecord } from "./failure-record";
import type { EventSourceMappingDefinition, ResolvedMapping } from "./mapping-definition";
import { resolveMappings } from "./mapping-validation";
import { MappingPoller } from "./mapping-poller";
import type { PolledRecord } from "./polled-record";
import { ensureTableStream } from "./stream-table";
import { Wakeup } from "./wakeup";

/** Lambda polls a DynamoDB stream's shards four times a second. */
export const DEFAULT_POLL_INTERVAL_MS = 250;
const DRAIN_CHECK_MS = 10;

export interface StreamPollersOptions {
  /** DynamoDB Local's endpoint (it serves the Streams API too). */
  endpoint: string;
  region: string;
  credentials: { accessKeyId: string; secretAccessKey: string };
  invoker: LambdaInvoker;
  mappings: EventSourceMappingDefinition[];
  pollIntervalMs?: number;
  logger?: RuntimeLogger;
  /** Each discarded batch, shaped as Lambda's on-failure destination record. */
  onFailure?: (record: StreamFailureRecord) => void;
  /** For the failure records' functionArn (default: the Lambda runtime's). */
  accountId?: string;
  /** When given, a mapping naming another function is refused. */
  functionNames?: readonly string[];
}

export interface StreamPollers {
  close(): Promise<void>;
  /** For tests: resolves when every record written so far has been delivered or reported. */
  drain(): Promise<void>;
}

/** Lambda's event source mappings for DynamoDB streams, polling DynamoDB Local's Streams API. */
export async function startStreamPollers(options: StreamPollersOptions): Promise<StreamPollers> {
  const mappings = resolveMappings(options.mappings, options.functionNames);
  const pollIntervalMs = options.pollIntervalMs ?? DEFAULT_POLL_INTERVAL_MS;
  if (!Number.isFinite(pollIntervalMs) || pollIntervalMs <= 0) throw new Error(`pollIntervalMs must be a positive number, got ${pollIntervalMs}.`);
  const logger = options.logger ?? jsonLineLogger;
  const client = { endpoint: options.endpoint, region: options.region, credentials: options.credentials };
  const dynamodb = new DynamoDBClient(client);
  const streams = new DynamoDBStreamsClient(client);
  const wakeup = new Wakeup();
  const abort = new AbortController();
  const warn = (message: string, error: unknown) => logger({ level: "WARN", message, error: errorText(error) });
  const pollers: MappingPoller[] = [];
  let closing: Promise<void> | undefined;
  const close = () =>
    (closing ??= (async () => {
      wakeup.close();
      abort.abort();
      await Promise.all(pollers.map((poller) => poller.stopped()));
      dynamodb.destroy();
      streams.destroy();
    })());

  try {
    for (const mapping of mappings) {
      const streamArn = await ensureTableStream(dynamodb, mapping, abort.signal);
      const report = reporter(mapping, streamArn, options, logger);
      const deliver = (shardId: string, batch: PolledRecord[]) =>
        deliverBatch(batch, {
          mapping,
          invoker: options.invoker,
          pollIntervalMs,
          report: (failed) => report(shardId, failed),
          sleep: (ms) => wakeup.sleep(ms),
          isClosed: () => wakeup.isClosed,
          now: () => Date.now(),
          onInvokeError: (error) => warn(`Invoking ${mapping.function} for table ${mapping.table} failed.`, error),
        });
      const poller = new MappingPoller({ streams, mapping, streamArn, region: options.region, pollIntervalMs, wakeup, signal: abort.signal, deliver, warn });
      await poller.start();
      pollers.push(poller);
    }
  } catch (error) {
    await close();
    throw error;
  }

  return {
    close,
    async drain() {
      const since = performance.now();
      while (!wakeup.isClosed && !pollers.every((poller) => poller.caughtUp(since))) {
        // Cut the poll sleeps short: a drain need not wait out the poll interval.
        wakeup.wakeAll();
        await new Promise((resolve) => setTimeout(resolve, DRAIN_CHECK_MS));
      }
    },
  };
}

const errorText = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/** A discarded batch goes to the log (one structured line) and to onFailure, as to a destination. */
function reporter(mapping: ResolvedMapping, streamArn: string, options: StreamPollersOptions, logger: RuntimeLogger) {
  const functionArn = `arn:aws:lambda:${options.region}:${options.accountId ?? DEFAULT_ACCOUNT_ID}:function:${mapping.function}`;
  return (shardId: string, failed: FailedBatch) => {
    const record = failureRecord(failed, { shardId, streamArn, functionArn }, randomUUID());
    logger({
      level: "ERROR",
      message: `Discarded ${record.DDBStreamBatchInfo.batchSize} stream record(s) of table ${mapping.table}: ${record.requestContext.condition}`,
      functionName: mapping.function,
      requestId: record.requestContext.requestId,
      ...record,
    });
    try {
      options.onFailure?.(record);
    } catch (error) {
      logger({ level: "WARN", message: "onFailure threw", functionName: mapping.function, error: errorText(error) });
    }
  };
}
