import { DynamoDB, TransactionCanceledException } from "@aws-sdk/client-dynamodb";
import { awsClientOptions } from "../aws-clients";

/*
 * Raw commands or dynamoose? dynamoose is the model layer where it costs nothing that matters:
 * table creation from the definitions (indexes, TTL) and the admin routes' writes and scans. Every
 * per-request path (the redirect, link reads and writes, `GET /me`, partner lookup by API key) uses
 * the raw client instead, because dynamoose costs on each call: `npx tsx bench/model-layer.bench.ts`
 * measures its `get` at about 2.4× the CPU of a raw GetItem of the same item (it conforms every
 * item to the schema, and on every call pretty-prints the request and tries to `require` the
 * optional dynamoose-logger), and it adds ~100 KB to a function bundle. The raw commands write the
 * attribute names and types the models declare (tests/stored-layout.test.ts holds them to it), with
 * keys and values marshalled from plain objects, as dynamoose takes them.
 */

/**
 * A DynamoDB client that gives up as `awsClientOptions` says (the SDK's default HTTP settings wait
 * up to 300 s for an answer). Like every SDK client it reads AWS_REGION and
 * AWS_ENDPOINT_URL_DYNAMODB from the environment. One per core: the raw commands and the core's
 * dynamoose instance (store/models.ts) both use it.
 */
export function createDynamoDbClient(): DynamoDB {
  return new DynamoDB(awsClientOptions());
}

export type CancellationCode = "ConditionalCheckFailed" | "TransactionConflict" | "None" | string;

export interface Cancellation {
  codes: CancellationCode[];
  items: (Record<string, unknown> | undefined)[];
}

/** The per-item reasons of a cancelled transaction, or undefined for any other error. */
export function cancellationOf(error: unknown): Cancellation | undefined {
  if (!(error instanceof TransactionCanceledException)) return undefined;
  const reasons = error.CancellationReasons ?? [];
  return { codes: reasons.map((reason) => reason.Code ?? "None"), items: reasons.map((reason) => reason.Item) };
}

export function isConditionalCheckFailed(error: unknown): boolean {
  return error instanceof Error && error.name === "ConditionalCheckFailedException";
}

/** Retries a transaction cancelled only by conflicts with other in-flight transactions. */
export async function withConflictRetry<T>(run: () => Promise<T>, attempts = 12): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await run();
    } catch (error) {
      const cancellation = cancellationOf(error);
      const onlyConflicts = cancellation?.codes.includes("TransactionConflict") && !cancellation.codes.includes("ConditionalCheckFailed");
      if (!onlyConflicts || attempt >= attempts) throw error;
      // Full jitter: concurrent writers of one owner item spread out instead of colliding again.
      await new Promise((resolve) => setTimeout(resolve, Math.random() * Math.min(200, 5 * 2 ** attempt)));
    }
  }
}
