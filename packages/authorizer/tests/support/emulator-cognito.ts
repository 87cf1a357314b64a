// TEMPORARY deep import: the local Cognito launcher and its test helpers live in
// packages/emulator/src/cognito, whose package entry points (src/index.ts, src/testing/index.ts)
// belong to the lead and do not re-export them yet. Once they do, this file becomes:
//   export { startLocalCognito, localCognitoClient, type LocalCognito } from "@linkgate/emulator";
//   export { createTestUser, signIn, cognitoLocalSigningKey, type TestUser } from "@linkgate/emulator/testing";
export { localCognitoClient, startLocalCognito, type LocalCognito } from "../../../emulator/src/cognito/index";
export { cognitoLocalSigningKey, createTestUser, signIn, type SignInTokens, type TestUser } from "../../../emulator/src/cognito/testing";
