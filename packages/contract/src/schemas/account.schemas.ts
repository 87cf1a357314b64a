import * as z from "zod";
import { quotaSchema, throttleSchema } from "./plan-definition.schemas";
import { timestampSchema } from "./common.schemas";

/** `GET /me`: who the signed-in user is, as the gateway's authorizer established it. */
export const meSchema = z.object({
  sub: z.string(),
  username: z.string(),
  email: z.string().nullable(),
  groups: z.array(z.string()),
  linkCount: z.number().int().nonnegative(),
  linkLimit: z.number().int().positive(),
});
export type Me = z.infer<typeof meSchema>;

/**
 * A partner's call quota in the current period. `remaining` includes quota grants; `periodEnd` is
 * exclusive (the instant the quota resets, UTC).
 */
export const quotaUsageSchema = z.object({
  planId: z.string(),
  throttle: throttleSchema,
  quota: quotaSchema,
  used: z.number().int().nonnegative(),
  remaining: z.number().int().nonnegative(),
  periodStart: timestampSchema,
  periodEnd: timestampSchema,
});
export type QuotaUsage = z.infer<typeof quotaUsageSchema>;

