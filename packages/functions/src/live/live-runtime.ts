import { ApiGatewayManagementApiClient } from "@aws-sdk/client-apigatewaymanagementapi";
import { awsClientOptions } from "@linkgate/core/aws-clients";
import { createRequestCore, type RequestCore } from "@linkgate/core/request-core";
import { readLiveManagementEndpoint, type FunctionsConfig } from "../config";
import { coreConfigOf, perEnvironment } from "../environment-runtime";

/**
 * What the Links stream's consumer runs on: the request core (the connections, the TTL release) and
 * the `@connections` client. Built once per execution environment. The live routes themselves only
 * keep connections, on the request runtime.
 */
export interface LiveRuntime {
  readonly config: FunctionsConfig;
  readonly core: RequestCore;
  readonly connections: ApiGatewayManagementApiClient;
}

export const liveRuntime = perEnvironment(
  (config): LiveRuntime => ({
    config,
    core: createRequestCore(coreConfigOf(config)),
    connections: new ApiGatewayManagementApiClient({ ...awsClientOptions(), endpoint: readLiveManagementEndpoint() }),
  }),
);
