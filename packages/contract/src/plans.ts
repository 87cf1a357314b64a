import * as z from "zod";

/** Quota periods as API Gateway usage plans define them. */
export const quotaPeriods = ["DAY", "WEEK", "MONTH"] as const;
export type QuotaPeriod = (typeof quotaPeriods)[number];

export const throttleSchema = z.object({
  /** Steady-state requests per second (token refill rate). */
  rate: z.number().positive().max(10_000),
  /** Bucket size: requests allowed in one instant. */
  burst: z.number().int().positive().max(5_000),
});

export const quotaSchema = z.object({
  limit: z.number().int().positive(),
  period: z.enum(quotaPeriods),
});

export const planSchema = z.object({
  id: z.string().regex(/^[a-z][a-z0-9-]{1,31}$/),
  name: z.string().min(1).max(64),
  description: z.string().max(256),
  throttle: throttleSchema,
  quota: quotaSchema,
  /** How many links a partner on this plan may hold at once. */
  linkLimit: z.number().int().positive(),
});
export type Plan = z.infer<typeof planSchema>;

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
