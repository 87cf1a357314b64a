import { UpdateItemCommand } from "@aws-sdk/client-dynamodb";

/**
 * The redirect's UpdateItem (links/link-resolve.ts) as a caller of the raw SDK would write it by
 * hand, with literal attribute values: the baseline the benches measure `resolve` and the redirect
 * handler against.
 */
export function rawRedirectUpdate(tableName: string, code: string, now = new Date()): UpdateItemCommand {
  return new UpdateItemCommand({
    TableName: tableName,
    Key: { code: { S: code } },
    UpdateExpression: "SET clicks = clicks + :one, clicksByDay.#day = if_not_exists(clicksByDay.#day, :zero) + :one, targetUrl = targetUrl, #p = #p",
    ConditionExpression: "attribute_exists(code) AND (attribute_not_exists(expiresAt) OR expiresAt > :now)",
    ExpressionAttributeNames: { "#day": now.toISOString().slice(0, 10), "#p": "permanent" },
    ExpressionAttributeValues: { ":one": { N: "1" }, ":zero": { N: "0" }, ":now": { N: String(Math.floor(now.getTime() / 1000)) } },
    ReturnValues: "UPDATED_NEW",
  });
}
