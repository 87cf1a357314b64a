import type { Plan } from "@linkgate/contract";

/**
 * Contract plan → SST usage plan arguments. API Gateway spells quota periods DAY/WEEK/MONTH (as the
 * contract does); SST's `addUsagePlan` wants them lower-case and upper-cases them again.
 */

export type SstQuotaPeriod = "day" | "week" | "month";

export interface UsagePlanSpec {
  /** SST component name: `UsagePlanFree`, … (stable, so renaming a plan's label never replaces it). */
  componentName: string;
  /** The physical usage plan name in API Gateway: the contract plan id, which the admin functions look up. */
  usagePlanName: string;
  description: string;
  args: {
    throttle: { rate: number; burst: number };
    quota: { limit: number; period: SstQuotaPeriod };
  };
}

type PlanShape = Pick<Plan, "id" | "description" | "throttle" | "quota">;

export function usagePlanFor(plan: PlanShape): UsagePlanSpec {
  return {
    componentName: `UsagePlan${pascalCase(plan.id)}`,
    usagePlanName: plan.id,
    description: plan.description,
    args: {
      throttle: { rate: plan.throttle.rate, burst: plan.throttle.burst },
      quota: { limit: plan.quota.limit, period: sstQuotaPeriod(plan.quota.period) },
    },
  };
}

export function usagePlansFor(plans: readonly PlanShape[]): UsagePlanSpec[] {
  const specs = plans.map(usagePlanFor);
  const names = new Set(specs.map((spec) => spec.componentName));
  if (names.size !== specs.length) throw new Error("Two contract plans map to the same usage plan name.");
  return specs;
}

/**
 * SST names the API Gateway resource inside `addUsagePlan(name)` `${name}UsagePlan`. `infra/api.ts`
 * uses this to give that resource its plan id as physical name (SST has no option for it).
 */
export function usagePlanResourceName(spec: UsagePlanSpec): string {
  return `${spec.componentName}UsagePlan`;
}

/**
 * The stage-wide throttle (API Gateway MethodSettings on `*\/*`, all callers together): twice the
 * largest plan's, so one partner at its plan's ceiling never trips it, while a flood still does.
 */
export function stageThrottleFor(plans: readonly PlanShape[]): { rateLimit: number; burstLimit: number } {
  if (plans.length === 0) throw new Error("The contract declares no plans.");
  return {
    rateLimit: 2 * Math.max(...plans.map((plan) => plan.throttle.rate)),
    burstLimit: 2 * Math.max(...plans.map((plan) => plan.throttle.burst)),
  };
}

export function sstQuotaPeriod(period: Plan["quota"]["period"]): SstQuotaPeriod {
  const lower = period.toLowerCase();
  if (lower === "day" || lower === "week" || lower === "month") return lower;
  throw new Error(`Unknown quota period "${period}".`);
}

export function pascalCase(id: string): string {
  return id
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((part) => part[0]!.toUpperCase() + part.slice(1))
    .join("");
}
