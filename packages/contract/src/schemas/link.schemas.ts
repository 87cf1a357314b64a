import * as z from "zod";
import { aliasSchema, targetUrlSchema } from "./rule.schemas";
import { idempotencyKeySchema } from "../headers";
import { dateTimeInputSchema, daySchema, pageOf, pageQueryShape, pathIdSchema, strictBody, timestampSchema } from "./common.schemas";

export const codeParamSchema = pathIdSchema;
export const codePathSchema = z.object({ code: codeParamSchema });

export const linkSchema = z.object({
  code: z.string(),
  /** The full short URL to share, e.g. `https://lnk.example/abc1234`. */
  shortUrl: z.string(),
  target: z.string(),
  createdAt: timestampSchema,
  updatedAt: timestampSchema,
  expiresAt: timestampSchema.nullable(),
  totalClicks: z.number().int().nonnegative(),
});
export type Link = z.infer<typeof linkSchema>;

export const linkPageSchema = pageOf(linkSchema);
export type LinkPage = z.infer<typeof linkPageSchema>;

/** `expiresAt` must also be in the future: checked by the domain with `expiresAtProblem` (rules.ts). */
export const createLinkBodySchema = strictBody({
  target: targetUrlSchema,
  alias: aliasSchema.optional().describe("Custom code; generated (7 characters) when absent."),
  expiresAt: dateTimeInputSchema.optional().describe("When the link stops redirecting; must be in the future."),
});
export type CreateLinkBody = z.infer<typeof createLinkBodySchema>;

export const createLinkHeadersSchema = z.object({ idempotencyKey: idempotencyKeySchema.optional() });

export const updateLinkBodySchema = strictBody({
  target: targetUrlSchema.optional(),
  expiresAt: dateTimeInputSchema.nullable().optional().describe("A future date-time, or null to never expire."),
}).refine((body) => body.target !== undefined || body.expiresAt !== undefined, {
  error: "Give target and/or expiresAt.",
});
export type UpdateLinkBody = z.infer<typeof updateLinkBodySchema>;

/** Sort orders a list can take; `-` means newest first. Both map onto one createdAt index. */
export const linkSortOrders = ["-createdAt", "createdAt"] as const;
export type LinkSortOrder = (typeof linkSortOrders)[number];

export const listLinksQuerySchema = z.object(pageQueryShape);

/** The console's list: paging plus search and sort. A cursor only continues the query that made it. */
export const listMyLinksQuerySchema = z.object({
  ...pageQueryShape,
  search: z
    .string()
    .trim()
    .min(1, "search must not be empty.")
    .max(100, "search is at most 100 characters.")
    .optional()
    .describe("Case-insensitive text found in the code or the target."),
  sort: z.enum(linkSortOrders, { error: `sort is one of: ${linkSortOrders.join(", ")}.` }).default("-createdAt"),
});

export const linkStatsSchema = z.object({
  code: z.string(),
  /** All-time clicks, not only those in `days`. */
  totalClicks: z.number().int().nonnegative(),
  from: daySchema,
  to: daySchema,
  /** One entry per day from `from` to `to`, zero-filled. */
  days: z.array(z.object({ day: daySchema, clicks: z.number().int().nonnegative() })),
});
export type LinkStats = z.infer<typeof linkStatsSchema>;
