export { localCognitoClient } from "./cognito-client";
export { appendConfirmationCode, confirmationCodesFile, latestConfirmationCode, readConfirmationCodes, type RecordedConfirmationCode } from "./confirmation-code-file";
export { ConfirmationCodeCapture, type ConfirmationCode, type ConfirmationCodes } from "./confirmation-codes";
export { startLocalCognito, type LocalCognito, type LocalCognitoOptions } from "./local-cognito";
export type { PoolIds } from "./pool-setup";
