import type { PolledRecord } from "./polled-record";

/**
 * Reads a ReportBatchItemFailures response, as Lambda does for streams
 * (https://docs.aws.amazon.com/lambda/latest/dg/services-ddb-batchfailurereporting.html):
 * no response, an empty one, or a null or empty `batchItemFailures` is full success; an entry whose
 * `itemIdentifier` is missing, null, empty or not a sequence number of the batch fails the whole
 * batch; otherwise the lowest reported sequence number is the checkpoint, retried from there.
 * Returns the index to retry from (0: the whole batch), or undefined on full success.
 */
export function retryIndexOf(payload: unknown, batch: readonly PolledRecord[]): number | undefined {
  if (payload === null || typeof payload !== "object") return undefined;
  const failures = (payload as { batchItemFailures?: unknown }).batchItemFailures;
  if (failures === undefined || failures === null) return undefined;
  if (!Array.isArray(failures)) return 0;
  if (failures.length === 0) return undefined;
  let lowest = Number.POSITIVE_INFINITY;
  for (const failure of failures) {
    const id: unknown = typeof failure === "object" && failure !== null ? (failure as { itemIdentifier?: unknown }).itemIdentifier : undefined;
    const index = typeof id === "string" && id !== "" ? batch.findIndex((record) => record.event.dynamodb.SequenceNumber === id) : -1;
    if (index === -1) return 0;
    lowest = Math.min(lowest, index);
  }
  return lowest;
}
