import type { TestProject } from "vitest/node";
import { startDynamoDbLocal } from "../dynamodb/dynamodb-local";

declare module "vitest" {
  export interface ProvidedContext {
    dynamodbEndpoint: string;
  }
}

/**
 * Vitest global setup: one in-memory DynamoDB Local per test run. Suites isolate themselves by
 * table-name prefix (see `uniqueTablePrefix`). The endpoint reaches tests through `inject` and the
 * standard AWS_ENDPOINT_URL_DYNAMODB variable, so SDK clients need no code to find it.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const dynamodb = await startDynamoDbLocal();
  project.provide("dynamodbEndpoint", dynamodb.endpoint);
  process.env.AWS_ENDPOINT_URL_DYNAMODB = dynamodb.endpoint;
  return () => dynamodb.stop();
}
