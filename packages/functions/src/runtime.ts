import { Logger } from "@aws-lambda-powertools/logger";
import { Metrics } from "@aws-lambda-powertools/metrics";
import { APIGatewayClient } from "@aws-sdk/client-api-gateway";
import { CognitoIdentityProviderClient } from "@aws-sdk/client-cognito-identity-provider";
import { createCore, type Core } from "@linkgate/core";
import { readFunctionsConfig, type FunctionsConfig } from "./config";

/**
 * What every handler shares, built once per execution environment (cold start) and reused by
 * every invocation. SDK clients take region, credentials and endpoints (`AWS_ENDPOINT_URL_*`)
 * from the standard environment: the same code runs against AWS and the local stack.
 */
export interface Runtime {
  readonly config: FunctionsConfig;
  readonly core: Core;
  /** Made on first use: only admin and usage routes need them, the redirect's cold start does not pay for them. */
  readonly apiGateway: APIGatewayClient;
  readonly cognito: CognitoIdentityProviderClient;
}

export const logger = new Logger({ serviceName: "linkgate-functions" });
export const metrics = new Metrics({ namespace: "Linkgate", serviceName: "linkgate-functions" });

let current: Runtime | undefined;

/** The shared runtime; the first call reads and validates the configuration (a clear error names what is missing). */
export function runtime(): Runtime {
  if (current) return current;
  const config = readFunctionsConfig();
  let apiGateway: APIGatewayClient | undefined;
  let cognito: CognitoIdentityProviderClient | undefined;
  current = {
    config,
    core: createCore({ tableNames: config.tableNames, shortBaseUrl: config.shortBaseUrl, cursorSecret: config.cursorSecret }),
    get apiGateway() {
      return (apiGateway ??= new APIGatewayClient({}));
    },
    get cognito() {
      return (cognito ??= new CognitoIdentityProviderClient({}));
    },
  };
  return current;
}
