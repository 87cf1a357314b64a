import { tableDefinitions } from "@linkgate/core/tables";
import { dynamoTablesFor } from "./mapping/tables";

/**
 * Every DynamoDB table core's models use, from core's own definitions (keys, indexes, TTL):
 * on-demand billing, linked by `Resource.<name>.name`. Production keeps the data on removal
 * (`removal: "retain"` in sst.config.ts) and refuses accidental deletes.
 */
export const tables: Record<string, sst.aws.Dynamo> = Object.fromEntries(
  dynamoTablesFor(tableDefinitions).map(({ name, args }) => [
    name,
    new sst.aws.Dynamo(name, { ...args, deletionProtection: $app.stage === "production" }),
  ]),
);

export function table(name: string): sst.aws.Dynamo {
  const found = tables[name];
  if (!found) throw new Error(`No table named "${name}" in core's table definitions.`);
  return found;
}
