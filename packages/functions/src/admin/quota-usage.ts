import { GetUsageCommand, UpdateUsageCommand, type APIGatewayClient } from "@aws-sdk/client-api-gateway";
import type { QuotaUsage } from "@linkgate/contract";
import { utcDay } from "@linkgate/utc-calendar";
import type { StagePlan } from "./plan-directory";
import { quotaPeriodOf } from "./quota-period";

/** `[used, remaining]` per day from GetUsage for one key; empty when API Gateway has no data for it. */
export async function keyUsageByDay(apiGateway: APIGatewayClient, usagePlanId: string, keyId: string, from: string, to: string): Promise<Array<[number, number]>> {
  const days: Array<[number, number]> = [];
  let position: string | undefined;
  do {
    const page = await apiGateway.send(new GetUsageCommand({ usagePlanId, keyId, startDate: from, endDate: to, ...(position ? { position } : {}) }));
    for (const entry of page.items?.[keyId] ?? []) days.push([entry[0] ?? 0, entry[1] ?? 0]);
    position = page.position;
  } while (position);
  return days;
}

/**
 * A key's quota in the current period, from the management API: used = the period's calls,
 * remaining = what API Gateway reports for today (grants included).
 */
export async function currentQuotaUsage(apiGateway: APIGatewayClient, stagePlan: StagePlan, keyId: string, now = new Date()): Promise<QuotaUsage> {
  const { plan, usagePlanId } = stagePlan;
  const period = quotaPeriodOf(plan.quota.period, now);
  const days = await keyUsageByDay(apiGateway, usagePlanId, keyId, utcDay(period.start), utcDay(now));
  const used = days.reduce((sum, [calls]) => sum + calls, 0);
  const today = days[days.length - 1];
  return {
    planId: plan.id,
    throttle: plan.throttle,
    quota: plan.quota,
    used,
    remaining: today ? Math.max(0, today[1]) : Math.max(0, plan.quota.limit - used),
    periodStart: period.start.toISOString(),
    periodEnd: period.end.toISOString(),
  };
}

/** UpdateUsage `replace /remaining`: what the key may still call in the current period. */
export async function setRemainingCalls(apiGateway: APIGatewayClient, usagePlanId: string, keyId: string, remaining: number): Promise<void> {
  await apiGateway.send(new UpdateUsageCommand({ usagePlanId, keyId, patchOperations: [{ op: "replace", path: "/remaining", value: String(remaining) }] }));
}
