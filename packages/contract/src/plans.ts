/** Quota periods as API Gateway usage plans define them. */
export const quotaPeriods = ["DAY", "WEEK", "MONTH"] as const;
export type QuotaPeriod = (typeof quotaPeriods)[number];

/**
 * A plan. No zod in this file, so core reads the tiers without bundling it; `planSchema`
 * (schemas/plan-definition.schemas.ts) is checked against this type.
 */
export interface Plan {
  id: string;
  name: string;
  description: string;
  /** Steady-state requests per second, and the bucket size (requests in one instant). */
  throttle: { rate: number; burst: number };
  quota: { limit: number; period: QuotaPeriod };
  /** How many links a partner on this plan may hold at once. */
  linkLimit: number;
}

/**
 * The built-in tiers: the single source for API Gateway usage plans (SST and the emulator's seed),
 * the console and partner limits. Admins may add custom plans at run time.
 */
export const plans = [
  {
    id: "free",
    name: "Free",
    description: "For trying Linkgate out.",
    throttle: { rate: 5, burst: 10 },
    quota: { limit: 1_000, period: "MONTH" },
    linkLimit: 100,
  },
  {
    id: "pro",
    name: "Pro",
    description: "For production integrations.",
    throttle: { rate: 50, burst: 100 },
    quota: { limit: 100_000, period: "MONTH" },
    linkLimit: 10_000,
  },
  {
    id: "enterprise",
    name: "Enterprise",
    description: "For high-volume partners.",
    throttle: { rate: 500, burst: 1_000 },
    quota: { limit: 5_000_000, period: "MONTH" },
    linkLimit: 1_000_000,
  },
] as const satisfies readonly Plan[];

export type PlanId = (typeof plans)[number]["id"];
export const defaultPlanId: PlanId = "free";
