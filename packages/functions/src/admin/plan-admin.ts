import { CreateUsagePlanCommand, UpdateUsagePlanCommand, type APIGatewayClient, type PatchOperation } from "@aws-sdk/client-api-gateway";
import type { CreatePlanBody, Plan, UpdatePlanBody } from "@linkgate/contract";
import { Conflict, type Core } from "@linkgate/core";
import { encodePlanMetadata, planFromUsagePlan } from "./plan-metadata";
import type { ApiStageRef, PlanDirectory } from "./plan-directory";
import { applyPlanLinkLimit } from "./plan-link-limit";

/** Plans are usage plans on this stage (see plan-metadata.ts for where name and linkLimit live). */
export function createPlanAdmin(deps: { apiGateway: APIGatewayClient; plans: PlanDirectory; stage: ApiStageRef; core: Core }) {
  const { apiGateway, plans } = deps;

  function toPlan(usagePlan: Parameters<typeof planFromUsagePlan>[0]): Plan {
    const plan = planFromUsagePlan(usagePlan);
    if (!plan) throw new Error(`Usage plan ${usagePlan.id ?? "?"} does not read back as a Linkgate plan.`);
    return plan;
  }

  return {
    async list(): Promise<Plan[]> {
      return (await plans.list()).map((entry) => entry.plan);
    },

    async create(body: CreatePlanBody): Promise<Plan> {
      if (await plans.find(body.id)) throw new Conflict(`A plan '${body.id}' already exists.`);
      const created = await apiGateway.send(
        new CreateUsagePlanCommand({
          name: body.id,
          description: encodePlanMetadata(body),
          apiStages: [{ apiId: deps.stage.restApiId, stage: deps.stage.stage }],
          throttle: { rateLimit: body.throttle.rate, burstLimit: body.throttle.burst },
          quota: { limit: body.quota.limit, period: body.quota.period, offset: 0 },
        }),
      );
      return toPlan(created);
    },

    /** Throttle and quota apply to every key on the plan at once; a new linkLimit to every partner on it. */
    async update(planId: string, body: UpdatePlanBody): Promise<Plan> {
      const { usagePlanId, plan } = await plans.get(planId);
      const next = { ...plan, ...stripUndefined(body) };
      const operations: PatchOperation[] = [{ op: "replace", path: "/description", value: encodePlanMetadata(next) }];
      if (body.throttle) {
        operations.push({ op: "replace", path: "/throttle/rateLimit", value: String(body.throttle.rate) });
        operations.push({ op: "replace", path: "/throttle/burstLimit", value: String(body.throttle.burst) });
      }
      if (body.quota) {
        operations.push({ op: "replace", path: "/quota/limit", value: String(body.quota.limit) });
        operations.push({ op: "replace", path: "/quota/period", value: body.quota.period });
      }
      const updated = toPlan(await apiGateway.send(new UpdateUsagePlanCommand({ usagePlanId, patchOperations: operations })));
      if (body.linkLimit !== undefined && body.linkLimit !== plan.linkLimit) await applyPlanLinkLimit(deps.core, updated);
      return updated;
    },
  };
}

function stripUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, field]) => field !== undefined)) as Partial<T>;
}
