import { FlushStageAuthorizersCacheCommand, type APIGatewayClient } from "@aws-sdk/client-api-gateway";
import type { ApiStageRef } from "./plan-directory";

/** Empties the stage's authorizer result cache, so a change of a user's access applies on their next request. */
export function createAuthorizerCache(apiGateway: APIGatewayClient, stage: ApiStageRef) {
  return {
    async flush(): Promise<void> {
      await apiGateway.send(new FlushStageAuthorizersCacheCommand({ restApiId: stage.restApiId, stageName: stage.stage }));
    },
  };
}

export type AuthorizerCache = ReturnType<typeof createAuthorizerCache>;
