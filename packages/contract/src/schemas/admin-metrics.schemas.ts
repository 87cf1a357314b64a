import * as z from "zod";
import { timestampSchema } from "./common.schemas";

const count = z.number().int().nonnegative();

/**
 * What the admin dashboard shows besides partner usage: link and click totals (from the Links
 * table) and the gateway's throttle and quota refusals. The gateway counts are null where the
 * stack cannot tell them apart: API Gateway on AWS reports 4xx per stage in CloudWatch, not per
 * error type; the local stack's emulator counts each.
 */
export const adminMetricsSchema = z.object({
  links: count.describe("Links that exist and have not expired."),
  clicks: count.describe("Clicks counted on those links (clicks of deleted or expired links are not included)."),
  throttled: count
    .nullable()
    .describe("Requests the gateway refused with 429 Too Many Requests (rate or burst) since the local stack started; null where the stack does not provide it."),
  quotaExceeded: count
    .nullable()
    .describe("Requests the gateway refused with 429 Limit Exceeded (usage plan quota) since the local stack started; null where the stack does not provide it."),
  computedAt: timestampSchema.describe("When the totals were read."),
});
export type AdminMetrics = z.infer<typeof adminMetricsSchema>;
