import { DynamoDBClient, GetItemCommand, QueryCommand } from "@aws-sdk/client-dynamodb";
import type { StackInfo } from "../../src/stack-file";

/** The local stack's tables, read with the real SDK: what tests compare answers against. */
export function stackTables(info: Pick<StackInfo, "dynamodbEndpoint">) {
  const ddb = new DynamoDBClient({ region: "us-east-1", credentials: { accessKeyId: "local", secretAccessKey: "local" }, maxAttempts: 1, endpoint: info.dynamodbEndpoint });
  return {
    /** Codes of every link stored for `ownerId` (the byOwner index, every page). */
    async linkCodesOf(ownerId: string): Promise<string[]> {
      const codes: string[] = [];
      let start: Record<string, never> | undefined;
      do {
        const page = await ddb.send(
          new QueryCommand({ TableName: "linkgate-local-Links", IndexName: "byOwner", KeyConditionExpression: "ownerId = :o", ExpressionAttributeValues: { ":o": { S: ownerId } }, ...(start ? { ExclusiveStartKey: start } : {}) }),
        );
        codes.push(...(page.Items ?? []).map((item) => item.code?.S ?? ""));
        start = page.LastEvaluatedKey as Record<string, never> | undefined;
      } while (start);
      return codes;
    },
    /** The owner's stored link count (0 when it has no record yet). */
    async linkCountOf(ownerId: string): Promise<number> {
      const owner = await ddb.send(new GetItemCommand({ TableName: "linkgate-local-Owners", Key: { ownerId: { S: ownerId } }, ConsistentRead: true }));
      return Number(owner.Item?.linkCount?.N ?? 0);
    },
    async linkExists(code: string): Promise<boolean> {
      const item = await ddb.send(new GetItemCommand({ TableName: "linkgate-local-Links", Key: { code: { S: code } }, ConsistentRead: true }));
      return item.Item !== undefined;
    },
  };
}
