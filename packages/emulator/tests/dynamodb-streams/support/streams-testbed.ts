import { CreateTableCommand, DynamoDBClient, PutItemCommand, type AttributeValue } from "@aws-sdk/client-dynamodb";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startDynamoDbLocal, type DynamoDbLocal } from "../../../src/dynamodb/dynamodb-local";
import { startStreamPollers, type EventSourceMappingDefinition, type StreamFailureRecord, type StreamPollers, type StreamPollersOptions, type StreamViewType } from "../../../src/dynamodb-streams";
import type { FunctionDefinition } from "../../../src/lambda/function-definition";
import type { RuntimeLogEntry } from "../../../src/lambda/runtime-log";
import { LOCAL_AWS_ENV, uniqueTablePrefix } from "../../../src/testing/local-aws-env";
import { startTestRuntime, type TestRuntime } from "../../lambda/runtime-fixtures";
import type { LoggedInvocation } from "../../fixtures/dynamodb-streams/invocation-log";

export const REGION = LOCAL_AWS_ENV.AWS_REGION;
export const CREDENTIALS = { accessKeyId: LOCAL_AWS_ENV.AWS_ACCESS_KEY_ID, secretAccessKey: LOCAL_AWS_ENV.AWS_SECRET_ACCESS_KEY };
/** Short, so retries and windows pass quickly; a drain cuts the sleeps short anyway. */
export const POLL_INTERVAL_MS = 50;

/** One DynamoDB Local for a test file, with a client, and a table-name prefix of its own. */
export interface Testbed {
  dynamodb: DynamoDbLocal;
  db: DynamoDBClient;
  tablePrefix: string;
  logDir: string;
  stop(): Promise<void>;
}

export async function startTestbed(suite: string): Promise<Testbed> {
  const dynamodb = await startDynamoDbLocal();
  const db = new DynamoDBClient({ endpoint: dynamodb.endpoint, region: REGION, credentials: CREDENTIALS });
  return {
    dynamodb,
    db,
    tablePrefix: uniqueTablePrefix(suite),
    logDir: mkdtempSync(join(tmpdir(), "linkgate-streams-")),
    async stop() {
      db.destroy();
      await dynamodb.stop();
    },
  };
}

let tables = 0;
/** A table keyed by `pk` (string), with a stream of the given view type when one is asked for. */
export async function createTable(bed: Testbed, stream?: StreamViewType): Promise<string> {
  const name = `${bed.tablePrefix}${++tables}`;
  await bed.db.send(
    new CreateTableCommand({
      TableName: name,
      BillingMode: "PAY_PER_REQUEST",
      AttributeDefinitions: [{ AttributeName: "pk", AttributeType: "S" }],
      KeySchema: [{ AttributeName: "pk", KeyType: "HASH" }],
      ...(stream ? { StreamSpecification: { StreamEnabled: true, StreamViewType: stream } } : {}),
    }),
  );
  return name;
}

export async function putItem(bed: Testbed, table: string, pk: string, attributes: Record<string, AttributeValue> = {}): Promise<void> {
  await bed.db.send(new PutItemCommand({ TableName: table, Item: { pk: { S: pk }, ...attributes } }));
}

/** A stream fixture function noting its invocations in a file of its own; one environment, so invocations run one at a time. */
export function streamFunction(bed: Testbed, name: string, environment: Record<string, string> = {}): { definition: FunctionDefinition; log: string } {
  const log = join(bed.logDir, `${name}-${++tables}.jsonl`);
  return { log, definition: { entry: `tests/fixtures/dynamodb-streams/${name}.ts`, concurrency: 1, environment: { INVOCATION_LOG: log, ...environment } } };
}

export function invocations(log: string): LoggedInvocation[] {
  if (!existsSync(log)) return [];
  return readFileSync(log, "utf8").split("\n").filter(Boolean).map((line) => JSON.parse(line) as LoggedInvocation);
}

export interface RunningPollers {
  pollers: StreamPollers;
  failures: StreamFailureRecord[];
  logs: RuntimeLogEntry[];
  close(): Promise<void>;
}

/** Pollers over a test runtime, collecting failure records and log lines. */
export async function startTestPollers(
  bed: Testbed,
  runtime: TestRuntime,
  mappings: EventSourceMappingDefinition[],
  extra: Partial<StreamPollersOptions> = {},
): Promise<RunningPollers> {
  const failures: StreamFailureRecord[] = [];
  const logs: RuntimeLogEntry[] = [];
  const pollers = await startStreamPollers({
    endpoint: bed.dynamodb.endpoint,
    region: REGION,
    credentials: CREDENTIALS,
    invoker: runtime.runtime,
    mappings,
    pollIntervalMs: POLL_INTERVAL_MS,
    logger: (entry) => logs.push(entry),
    onFailure: (record) => failures.push(record),
    ...extra,
  });
  return { pollers, failures, logs, close: () => pollers.close() };
}

export { startTestRuntime, type TestRuntime };
