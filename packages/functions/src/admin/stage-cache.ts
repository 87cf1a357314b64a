import { GetStageCommand, type APIGatewayClient } from "@aws-sdk/client-api-gateway";
import type { StageCache } from "@linkgate/contract";
import type { ApiStageRef } from "./plan-directory";

/**
 * The stage's cache cluster, read with GetStage: the same call against AWS in production and the
 * emulator's control plane locally, so the dashboard prices what is really configured.
 */
export async function readStageCache(apiGateway: APIGatewayClient, stage: ApiStageRef): Promise<StageCache> {
  const answer = await apiGateway.send(new GetStageCommand({ restApiId: stage.restApiId, stageName: stage.stage }));
  const enabled = answer.cacheClusterEnabled === true;
  return { enabled, sizeGb: enabled ? (answer.cacheClusterSize ?? null) : null, status: answer.cacheClusterStatus ?? "NOT_AVAILABLE" };
}
