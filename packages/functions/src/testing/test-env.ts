import { tableNames } from "@linkgate/core";
import { randomBytes } from "node:crypto";
import { functionsEnvironment, type FunctionsConfig } from "../config";

export interface FunctionsTestEnvInput {
  /** DynamoDB Local, the emulator's control plane and the local Cognito. */
  dynamodbEndpoint: string;
  controlPlaneUrl: string;
  cognitoEndpoint: string;
  userPoolId: string;
  /** The app client partner accounts sign up through; default: a placeholder (no suite signs up through it yet). */
  userPoolClientId?: string;
  /** Prefix of this suite's tables (`uniqueTablePrefix`). */
  tablePrefix: string;
  /** One REST API id per suite keeps suites' usage plans apart on a shared control plane. */
  restApiId: string;
  /** CloudWatch's ApiName of the stage's metrics; default `linkgate-<restApiId>`. */
  apiName?: string;
  stage?: string;
  shortBaseUrl?: string;
}

/**
 * Points the functions at local stand-ins the way the local stack does: SST links as
 * `SST_RESOURCE_*`, endpoints as the standard `AWS_ENDPOINT_URL_*`, dummy credentials, and
 * Powertools quiet. Call before any handler module is imported (a setup file): config is read at
 * cold start. Returns the configuration the handlers will read.
 */
export function createFunctionsTestEnv(input: FunctionsTestEnvInput): FunctionsConfig {
  const config: FunctionsConfig = {
    tableNames: Object.fromEntries(tableNames.map((name) => [name, `${input.tablePrefix}${name}`])) as FunctionsConfig["tableNames"],
    shortBaseUrl: input.shortBaseUrl ?? "https://lnk.test",
    cursorSecret: randomBytes(24).toString("hex"),
    restApiId: input.restApiId,
    stage: input.stage ?? "test",
    apiName: input.apiName ?? `linkgate-${input.restApiId}`,
    userPoolId: input.userPoolId,
    userPoolClientId: input.userPoolClientId ?? "test-client",
  };
  Object.assign(process.env, {
    AWS_REGION: "us-east-1",
    AWS_ACCESS_KEY_ID: "local",
    AWS_SECRET_ACCESS_KEY: "local",
    AWS_MAX_ATTEMPTS: "1",
    AWS_ENDPOINT_URL_DYNAMODB: input.dynamodbEndpoint,
    AWS_ENDPOINT_URL_API_GATEWAY: input.controlPlaneUrl,
    AWS_ENDPOINT_URL_COGNITO_IDENTITY_PROVIDER: input.cognitoEndpoint,
    POWERTOOLS_LOG_LEVEL: process.env.POWERTOOLS_LOG_LEVEL ?? "SILENT",
    POWERTOOLS_METRICS_DISABLED: process.env.POWERTOOLS_METRICS_DISABLED ?? "true",
    ...functionsEnvironment(config, { name: "linkgate", stage: config.stage }),
  });
  return config;
}
