import type { APIGatewayClient} from "@aws-sdk/client-api-gateway";
import { CreateUsagePlanCommand, GetUsagePlansCommand } from "@aws-sdk/client-api-gateway";
import { plans } from "@linkgate/contract";

/**
 * One usage plan per contract plan on this stage, named after the plan id — what SST creates at
 * deploy (infra/api.ts), done here through the emulator's control plane with the same SDK calls.
 * Plans that already exist (a second start) are left as they are: admins may have edited them.
 */
export async function ensureUsagePlans(client: APIGatewayClient, stage: { restApiId: string; stage: string }): Promise<Record<string, string>> {
  const existing = await client.send(new GetUsagePlansCommand({ limit: 500 }));
  const idsByName: Record<string, string> = {};
  for (const plan of existing.items ?? []) if (plan.name && plan.id) idsByName[plan.name] = plan.id;
  for (const plan of plans) {
    if (idsByName[plan.id]) continue;
    const created = await client.send(
      new CreateUsagePlanCommand({
        name: plan.id,
        description: plan.description,
        apiStages: [{ apiId: stage.restApiId, stage: stage.stage }],
        throttle: { rateLimit: plan.throttle.rate, burstLimit: plan.throttle.burst },
        quota: { limit: plan.quota.limit, period: plan.quota.period },
      }),
    );
    if (!created.id) throw new Error(`The control plane created usage plan ${plan.id} without an id.`);
    idsByName[plan.id] = created.id;
  }
  return idsByName;
}
