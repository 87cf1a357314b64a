// The one place core's tests and bench reach the emulator's DynamoDB Local launcher (test-only;
// the lint rule keeps core's source free of it). The root ESLint config could exempt
// packages/core/{tests,bench}/** instead of this comment.
// eslint-disable-next-line no-restricted-imports
export { applyLocalAwsEnv, dynamoDbGlobalSetup, uniqueTablePrefix } from "@linkgate/emulator/testing";
// eslint-disable-next-line no-restricted-imports
export { startDynamoDbLocal } from "@linkgate/emulator";
