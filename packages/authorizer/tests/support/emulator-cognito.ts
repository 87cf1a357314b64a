export { localCognitoClient, startLocalCognito, type LocalCognito } from "@linkgate/emulator";
// TEMPORARY deep import: the local Cognito test helpers live in packages/emulator/src/cognito/testing.ts,
// and the emulator's `./testing` entry (src/testing/index.ts, the lead's) does not re-export them yet.
// Once it does, this line becomes:
//   export { cognitoLocalSigningKey, createTestUser, signIn, type SignInTokens, type TestUser } from "@linkgate/emulator/testing";
export { cognitoLocalSigningKey, createTestUser, signIn, type SignInTokens, type TestUser } from "../../../emulator/src/cognito/testing";
