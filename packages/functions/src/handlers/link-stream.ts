import type { Context, DynamoDBStreamEvent } from "aws-lambda";
import { consumeLinkStream } from "../live/link-stream";
import { logger } from "../observability/logger";

/** The Links table's stream subscriber (infra/live.ts, and the local stack's event source mapping). */
export async function handler(event: DynamoDBStreamEvent, context: Context): Promise<void> {
  logger.addContext(context);
  logger.appendKeys({ route: "linkStream", records: event.Records?.length ?? 0 });
  await consumeLinkStream(event);
}
