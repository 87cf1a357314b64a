export { startDynamoDbLocal, type DynamoDbLocal, type DynamoDbLocalOptions } from "./dynamodb/dynamodb-local";
export { JAVA_MISSING_MESSAGE } from "./dynamodb/java";
export { assertPortFree, freePort, spawnOwned, waitForOutput, type OwnedProcess } from "./process/child-process";
