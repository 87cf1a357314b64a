import * as z from "zod";
import { quotaPeriods, type Plan } from "../plans";

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
}) satisfies z.ZodType<Plan, Plan>;
