export { default as dynamoDbGlobalSetup } from "./dynamodb-global-setup";
export { applyLocalAwsEnv, LOCAL_AWS_ENV, uniqueTablePrefix } from "./local-aws-env";
export { isLoopbackOnly, listeningAddresses } from "./listening-addresses";
export { addUserToGroup, cognitoLocalSigningKey, createTestUser, signIn, type CreateTestUserInput, type SignInTokens, type TestUser } from "../cognito/testing";
export { isProcessAlive } from "./process-alive";
