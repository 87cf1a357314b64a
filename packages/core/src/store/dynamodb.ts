import dynamoose from "dynamoose";
import { DynamoDB, TransactionCanceledException } from "@aws-sdk/client-dynamodb";
import { awsClientOptions } from "../aws-clients";

/**
 * The DynamoDB client shared with dynamoose. dynamoose's own default has the SDK's default HTTP
 * settings, which wait up to 300 s for an answer; this one gives up as `awsClientOptions` says.
 * Like every SDK client it reads AWS_REGION and AWS_ENDPOINT_URL_DYNAMODB from the environment.
 * Set once per process, on first use, before any model or raw command runs (createCore calls it).
 */
let shared: DynamoDB | undefined;

/**
 * Raw commands are used where dynamoose cannot express the operation (transactions with per-item
 * failure details, the one-round-trip redirect).
 */
export function dynamoDb(): DynamoDB {
  if (!shared) {
    shared = new DynamoDB(awsClientOptions());
    dynamoose.aws.ddb.set(shared);
  }
  return shared;
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
