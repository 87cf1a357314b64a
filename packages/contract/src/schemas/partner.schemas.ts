import * as z from "zod";
import { planSchema, quotaSchema } from "./plan-definition.schemas";
import { daySchema, pageOf, pageQueryShape, pathIdSchema, strictBody, timestampSchema } from "./common.schemas";
import { quotaUsageSchema } from "./account.schemas";

export const partnerStatuses = ["active", "revoked"] as const;
export type PartnerStatus = (typeof partnerStatuses)[number];

export const partnerIdPathSchema = z.object({ partnerId: pathIdSchema });

const contactEmailSchema = z.email({ error: "contactEmail must be an email address." }).max(254);
const partnerNameSchema = z.string().trim().min(1, "name must not be empty.").max(100, "name is at most 100 characters.");

export const partnerSchema = z.object({
  id: z.string(),
  name: z.string(),
  contactEmail: z.string(),
  planId: z.string(),
  status: z.enum(partnerStatuses),
  /** The current key, never its value (shown once, at creation or rotation). Null once revoked. */
  apiKeyId: z.string().nullable(),
  createdAt: timestampSchema,
  updatedAt: timestampSchema,
});
export type Partner = z.infer<typeof partnerSchema>;

export const partnerPageSchema = pageOf(partnerSchema);

/** The one time an API key's value is shown: keep it, it cannot be read again. */
export const issuedApiKeySchema = z.object({ id: z.string(), value: z.string() });
export const partnerWithKeySchema = z.object({ partner: partnerSchema, apiKey: issuedApiKeySchema });
export type PartnerWithKey = z.infer<typeof partnerWithKeySchema>;

export const listPartnersQuerySchema = z.object({
  ...pageQueryShape,
  status: z.enum(partnerStatuses, { error: `status is one of: ${partnerStatuses.join(", ")}.` }).optional(),
});

export const createPartnerBodySchema = strictBody({
  name: partnerNameSchema,
  contactEmail: contactEmailSchema,
  planId: planSchema.shape.id,
});
export type CreatePartnerBody = z.infer<typeof createPartnerBodySchema>;

/** A plan change moves the partner's key to the new plan's usage plan at once. */
export const updatePartnerBodySchema = strictBody({
  name: partnerNameSchema.optional(),
  contactEmail: contactEmailSchema.optional(),
  planId: planSchema.shape.id.optional(),
}).refine((body) => Object.values(body).some((value) => value !== undefined), {
  error: "Give at least one of: name, contactEmail, planId.",
});
export type UpdatePartnerBody = z.infer<typeof updatePartnerBodySchema>;

/** Per-day calls for a partner's key, as API Gateway's GetUsage reports them (UTC days). */
export const partnerUsageSchema = z.object({
  partnerId: z.string(),
  planId: z.string(),
  quota: quotaSchema,
  from: daySchema,
  to: daySchema,
  days: z.array(z.object({ day: daySchema, used: z.number().int().nonnegative(), remaining: z.number().int().nonnegative() })),
});
export type PartnerUsage = z.infer<typeof partnerUsageSchema>;

/** Extra calls on top of the plan's quota, for the current period only. */
export const createQuotaGrantBodySchema = strictBody({
  extraCalls: z
    .number({ error: "extraCalls must be a whole number." })
    .int("extraCalls must be a whole number.")
    .min(1, "extraCalls is at least 1.")
    .max(100_000_000, "extraCalls is at most 100,000,000."),
  reason: z.string().max(256, "reason is at most 256 characters.").optional(),
});
export type CreateQuotaGrantBody = z.infer<typeof createQuotaGrantBodySchema>;

/** The grant as recorded, and the partner's quota after it. */
export const quotaGrantSchema = z.object({
  partnerId: z.string(),
  extraCalls: z.number().int().positive(),
  reason: z.string().nullable(),
  grantedAt: timestampSchema,
  usage: quotaUsageSchema,
});
export type QuotaGrant = z.infer<typeof quotaGrantSchema>;
