import * as z from "zod";
import { timestampSchema } from "./common.schemas";

const count = z.number().int().nonnegative();

/**
 * What the admin dashboard shows besides the API's traffic (getApiMetrics) and partner usage: link
 * and click totals, from the Links table.
 */
export const adminMetricsSchema = z.object({
  links: count.describe("Links that exist and have not expired."),
  clicks: count.describe("Clicks counted on those links (clicks of deleted or expired links are not included)."),
  computedAt: timestampSchema.describe("When the totals were read."),
});
export type AdminMetrics = z.infer<typeof adminMetricsSchema>;
