import { APIGatewayClient } from "@aws-sdk/client-api-gateway";
import { awsClientOptions } from "@linkgate/core";
import { createPlanDirectory } from "../admin/plan-directory";
import { defineInputlessPublicHandler } from "../edge/define-inputless-handler";

// The same lookup admins' plan list uses (the stage's usage plans), on one client per instance.
let directory: ReturnType<typeof createPlanDirectory> | undefined;

export const handler = defineInputlessPublicHandler("listPortalPlans", async ({ config }) => {
  directory ??= createPlanDirectory(new APIGatewayClient(awsClientOptions()), { restApiId: config.restApiId, stage: config.stage });
  return { status: 200 as const, body: { items: (await directory.list()).map((entry) => entry.plan) } };
});
