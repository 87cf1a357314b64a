import { DescribeTableCommand, ResourceNotFoundException, UpdateTableCommand, type DynamoDBClient } from "@aws-sdk/client-dynamodb";
import type { ResolvedMapping } from "./mapping-definition";
import { EventSourceMappingError, mappingLabel } from "./mapping-validation";

/**
 * The ARN of the mapping's table stream, enabling the stream with the mapping's view type when the
 * table has none. A table whose stream has another view type is refused: Lambda would get records
 * shaped differently from what the mapping says.
 */
export async function ensureTableStream(dynamodb: DynamoDBClient, mapping: ResolvedMapping, signal: AbortSignal): Promise<string> {
  const where = mappingLabel(mapping);
  let table;
  try {
    table = (await dynamodb.send(new DescribeTableCommand({ TableName: mapping.table }), { abortSignal: signal })).Table;
  } catch (error) {
    if (error instanceof ResourceNotFoundException) throw new EventSourceMappingError("table", `${where}: table "${mapping.table}" does not exist.`);
    throw error;
  }
  const spec = table?.StreamSpecification;
  if (spec?.StreamEnabled && table?.LatestStreamArn) {
    if (spec.StreamViewType !== mapping.streamViewType) {
      throw new EventSourceMappingError(
        "streamViewType",
        `${where}: the table's stream has view type ${spec.StreamViewType}, the mapping says ${mapping.streamViewType}; change one so they agree.`,
      );
    }
    return table.LatestStreamArn;
  }
  const updated = await dynamodb.send(
    new UpdateTableCommand({ TableName: mapping.table, StreamSpecification: { StreamEnabled: true, StreamViewType: mapping.streamViewType } }),
    { abortSignal: signal },
  );
  const arn = updated.TableDescription?.LatestStreamArn;
  if (!arn) throw new Error(`${where}: UpdateTable enabled the stream but returned no stream ARN.`);
  return arn;
}
