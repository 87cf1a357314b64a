import { CognitoIdentityProviderClient } from "@aws-sdk/client-cognito-identity-provider";

/**
 * An SDK client for the local Cognito. One attempt only: cognito-local answers at once or not at
 * all, and SDK retries would only hide a failure behind seconds of back-off.
 */
export function localCognitoClient(endpoint: string): CognitoIdentityProviderClient {
  return new CognitoIdentityProviderClient({
    endpoint,
    region: "us-east-1",
    credentials: { accessKeyId: "local", secretAccessKey: "local" },
    maxAttempts: 1,
  });
}
