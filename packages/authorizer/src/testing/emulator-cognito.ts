export { localCognitoClient, startLocalCognito, type LocalCognito } from "@linkgate/emulator";
export { cognitoLocalSigningKey, createTestUser, signIn, type SignInTokens, type TestUser } from "@linkgate/emulator/testing";
