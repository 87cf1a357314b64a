// The one place core's tests and bench reach the emulator's DynamoDB Local launcher (test-only:
// the lint rule keeps core's source free of it, and exempts tests/ and bench/).
export { applyLocalAwsEnv, dynamoDbGlobalSetup, uniqueTablePrefix } from "@linkgate/emulator/testing";
export { startDynamoDbLocal } from "@linkgate/emulator";
