import { Logger } from "@aws-lambda-powertools/logger";
import { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { awsClientOptions } from "@linkgate/core/aws-clients";
import type { APIGatewayRequestAuthorizerEvent, APIGatewayTokenAuthorizerEvent, Context } from "aws-lambda";
import { createAccessTokenVerifier } from "./access-token-verifier";
import { createAuthorize, createConnectAuthorize } from "./authorize";
import { readAuthorizerConfig } from "./config";
import { createUserStatus } from "./user-status";

// Cold start: config validated, verifier and client built, signing keys loaded — once per container.
const logger = new Logger({ serviceName: "linkgate-authorizer" });
const config = readAuthorizerConfig();
const verifier = createAccessTokenVerifier(config);
const dependencies = {
  verifier,
  userStatus: createUserStatus({ client: new DynamoDBClient(awsClientOptions()), tableName: config.ownersTable }),
  onReject: (reason: string) => logger.info("request refused", { reason }),
};
const authorize = createAuthorize(dependencies);
const authorizeConnect = createConnectAuthorize(dependencies);

try {
  await verifier.hydrate();
} catch (error) {
  // Not fatal: verify() fetches the keys on first use. Failing init would make every call a 500.
  logger.warn("could not load the signing keys at cold start", { error: error as Error, mode: config.mode });
}

/** The Lambda entry (packages/functions/src/entries.ts AUTHORIZER_ENTRY). */
export async function handler(event: APIGatewayTokenAuthorizerEvent, context?: Context) {
  if (context) logger.addContext(context);
  return authorize(event);
}

/** The live API's `$connect` REQUEST authorizer (packages/functions/src/entries.ts LIVE_AUTHORIZER_ENTRY). */
export async function connectHandler(event: APIGatewayRequestAuthorizerEvent, context?: Context) {
  if (context) logger.addContext(context);
  return authorizeConnect(event);
}
