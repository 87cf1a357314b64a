import type { APIGatewayClient } from "@aws-sdk/client-api-gateway";
import { daysInRange, resolveDayRange, type CreateQuotaGrantBody, type DayRangeQuery, type PartnerUsage, type QuotaGrant, type QuotaUsage } from "@linkgate/contract";
import { Conflict, NotFound, type PartnerCaller, type PartnerLookup } from "@linkgate/core";
import { MetricUnit } from "@aws-lambda-powertools/metrics";
import { logger } from "../observability/logger";
import { metrics } from "../observability/metrics";
import type { PlanDirectory, StagePlan } from "./plan-directory";
import { currentQuotaUsage, keyUsageByDay, setRemainingCalls } from "./quota-usage";

/** Call usage and quota grants of partners' keys, through the API Gateway management API. */
/** Needs only the partner record: the partner route (`GET /v1/usage`) runs on the request core, which has it. */
export function createPartnerUsage(deps: { core: { partners: Pick<PartnerLookup, "get"> }; apiGateway: APIGatewayClient; plans: PlanDirectory; now?: () => Date }) {
  const { core, apiGateway, plans } = deps;
  const now = deps.now ?? (() => new Date());

  async function planOfKey(apiKeyId: string | null, planId: string): Promise<StagePlan & { apiKeyId: string }> {
    if (!apiKeyId) throw new NotFound(`This partner has no API key: rotate one to meter its calls.`);
    const found = await plans.forKey(apiKeyId);
    if (found) return { ...found, apiKeyId };
    // A key in no plan (e.g. its plan was removed from the stage) has no quota to report.
    logger.warn("API key is in no usage plan on this stage", { apiKeyId, planId });
    throw new NotFound(`Plan '${planId}' of this partner is not available on this API.`);
  }

  return {
    /** The key's own quota in the current period: `GET /v1/usage`. */
    async ofPartner(caller: PartnerCaller): Promise<QuotaUsage> {
      const partner = await core.partners.get(caller.partnerId);
      return currentQuotaUsage(apiGateway, await planOfKey(caller.apiKeyId, partner.planId), caller.apiKeyId, now());
    },

    async perDay(partnerId: string, query: DayRangeQuery): Promise<PartnerUsage> {
      const partner = await core.partners.get(partnerId);
      const stagePlan = await planOfKey(partner.apiKeyId, partner.planId);
      const range = resolveDayRange(query, now());
      const values = await keyUsageByDay(apiGateway, stagePlan.usagePlanId, stagePlan.apiKeyId, range.from, range.to);
      const days = daysInRange(range).map((day, index) => ({ day, used: values[index]?.[0] ?? 0, remaining: Math.max(0, values[index]?.[1] ?? 0) }));
      return { partnerId, planId: stagePlan.plan.id, quota: stagePlan.plan.quota, from: range.from, to: range.to, days };
    },

    /** Extra calls for the current period only: remaining = what is left now + extraCalls (UpdateUsage). */
    async grant(partnerId: string, body: CreateQuotaGrantBody): Promise<QuotaGrant> {
      const partner = await core.partners.get(partnerId);
      if (partner.status !== "active") throw new Conflict(`Partner '${partnerId}' is revoked: rotate its key before granting calls.`);
      const stagePlan = await planOfKey(partner.apiKeyId, partner.planId);
      const before = await currentQuotaUsage(apiGateway, stagePlan, stagePlan.apiKeyId, now());
      await setRemainingCalls(apiGateway, stagePlan.usagePlanId, stagePlan.apiKeyId, before.remaining + body.extraCalls);
      metrics.addMetric("QuotaGrants", MetricUnit.Count, 1);
      metrics.addMetric("QuotaGrantedCalls", MetricUnit.Count, body.extraCalls);
      logger.info("quota granted", { partnerId, extraCalls: body.extraCalls, reason: body.reason });
      const usage = await currentQuotaUsage(apiGateway, stagePlan, stagePlan.apiKeyId, now());
      return { partnerId, extraCalls: body.extraCalls, reason: body.reason ?? null, grantedAt: now().toISOString(), usage };
    },
  };
}

export type PartnerUsageAdmin = ReturnType<typeof createPartnerUsage>;
