import { GetUsagePlansCommand, type APIGatewayClient, type UsagePlan } from "@aws-sdk/client-api-gateway";
import type { Plan } from "@linkgate/contract";
import { NotFound } from "@linkgate/core";
import { planFromUsagePlan } from "./plan-metadata";

export interface StagePlan {
  usagePlanId: string;
  plan: Plan;
}

export interface ApiStageRef {
  restApiId: string;
  stage: string;
}

/**
 * Linkgate's plans are the usage plans attached to this API stage, named by plan id (as
 * infra/api.ts deploys them). Plans are few, so every lookup lists them: no cache to go stale
 * when another function instance changes a plan.
 */
export function createPlanDirectory(apiGateway: APIGatewayClient, stage: ApiStageRef) {
  const onThisStage = (usagePlan: UsagePlan) => (usagePlan.apiStages ?? []).some((s) => s.apiId === stage.restApiId && s.stage === stage.stage);

  async function usagePlans(keyId?: string): Promise<UsagePlan[]> {
    const found: UsagePlan[] = [];
    let position: string | undefined;
    do {
      const page = await apiGateway.send(new GetUsagePlansCommand({ limit: 500, ...(position ? { position } : {}), ...(keyId ? { keyId } : {}) }));
      found.push(...(page.items ?? []));
      position = page.position;
    } while (position);
    return found.filter(onThisStage);
  }

  const toStagePlans = (items: UsagePlan[]): StagePlan[] =>
    items.flatMap((usagePlan) => {
      const plan = planFromUsagePlan(usagePlan);
      return plan && usagePlan.id ? [{ usagePlanId: usagePlan.id, plan }] : [];
    });

  return {
    async list(): Promise<StagePlan[]> {
      return toStagePlans(await usagePlans()).sort((a, b) => a.plan.quota.limit - b.plan.quota.limit || a.plan.id.localeCompare(b.plan.id));
    },

    async find(planId: string): Promise<StagePlan | undefined> {
      return toStagePlans(await usagePlans()).find((candidate) => candidate.plan.id === planId);
    },

    async get(planId: string): Promise<StagePlan> {
      const found = await this.find(planId);
      if (!found) throw new NotFound(`No plan '${planId}'.`);
      return found;
    },

    /** The plan an API key is in on this stage (a key is in at most one per stage). */
    async forKey(apiKeyId: string): Promise<StagePlan | undefined> {
      return toStagePlans(await usagePlans(apiKeyId))[0];
    },
  };
}

export type PlanDirectory = ReturnType<typeof createPlanDirectory>;
