import * as z from "zod";
import { timestampSchema } from "./common.schemas";

const count = z.number().int().nonnegative();

/** The stage's cache cluster as API Gateway's GetStage reports it: the cost estimate prices it by the hour. */
export const stageCacheSchema = z.object({
  enabled: z.boolean().describe("Whether the stage has a cache cluster (`cacheClusterEnabled`); billed by the hour while it exists."),
  sizeGb: z.string().nullable().describe("The cluster's size in GB as API Gateway writes it (`0.5` … `237`, `cacheClusterSize`); null without a cluster."),
  status: z.string().describe("`cacheClusterStatus`: `AVAILABLE`, `NOT_AVAILABLE`, `CREATE_IN_PROGRESS`, …"),
});
export type StageCache = z.infer<typeof stageCacheSchema>;

/**
 * What the admin dashboard shows besides the API's traffic (getApiMetrics) and partner usage: link
 * and click totals, from the Links table, and the stage's cache cluster (GetStage).
 */
export const adminMetricsSchema = z.object({
  links: count.describe("Links that exist and have not expired."),
  clicks: count.describe("Clicks counted on those links (clicks of deleted or expired links are not included)."),
  stageCache: stageCacheSchema.describe("The stage's cache cluster, read with API Gateway's GetStage."),
  computedAt: timestampSchema.describe("When the totals were read."),
});
export type AdminMetrics = z.infer<typeof adminMetricsSchema>;
