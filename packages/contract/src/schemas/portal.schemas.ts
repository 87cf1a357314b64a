import * as z from "zod";
import { defaultPlanId } from "../plans";
import { quotaUsageSchema } from "./account.schemas";
import { pathIdSchema, strictBody, timestampSchema } from "./common.schemas";
import { partnerSchema, partnerUsageSchema } from "./partner.schemas";
import { planSchema } from "./plan-definition.schemas";

/*
 * Partner self-service (`/portal/*`): a partner account (Cognito group `partners`) signs up, gets one
 * free-plan partner with a key, manages that key and asks admins for a paid plan.
 */

/** `POST /portal/sign-up`: Cognito's own rules (password policy, username) are checked by Cognito. */
export const portalSignUpBodySchema = strictBody({
  username: z.string().trim().min(1, "username must not be empty.").max(128, "username is at most 128 characters."),
  email: z.email({ error: "email must be an email address." }).max(254),
  password: z.string().min(8, "password is at least 8 characters.").max(256, "password is at most 256 characters."),
});
export type PortalSignUpBody = z.infer<typeof portalSignUpBodySchema>;

/** Where Cognito sent the confirmation code; the account is confirmed with ConfirmSignUp, then signs in. */
export const portalSignUpSchema = z.object({
  username: z.string(),
  confirmed: z.boolean(),
  codeDelivery: z.object({ destination: z.string().nullable(), medium: z.string().nullable() }),
});
export type PortalSignUp = z.infer<typeof portalSignUpSchema>;

/**
 * `POST /portal/partner`: the partner always starts on the free plan; `planId`, if given, must be it
 * (a paid plan is asked for with an upgrade request, which an admin approves).
 */
export const createMyPartnerBodySchema = strictBody({
  name: z.string().trim().min(1, "name must not be empty.").max(100, "name is at most 100 characters.").optional(),
  contactEmail: z.email({ error: "contactEmail must be an email address." }).max(254).optional(),
  planId: z
    .literal(defaultPlanId, { error: `A new partner starts on the '${defaultPlanId}' plan: omit planId, then ask for a paid plan with POST /portal/upgrade-requests.` })
    .optional(),
}).optional();
export type CreateMyPartnerBody = z.infer<typeof createMyPartnerBodySchema>;

export const keyIdPathSchema = z.object({ keyId: pathIdSchema });

/**
 * `GET /portal/partner`: the partner as admins see it, plus its key's id also once revoked
 * (`apiKeyId` is then null), so the partner can rotate that key to get access back.
 */
export const myPartnerSchema = partnerSchema.extend({ keyId: z.string() });
export type MyPartner = z.infer<typeof myPartnerSchema>;

/** Calls per day over the range (GetUsage), and the quota used and left in the current period. */
export const portalKeyUsageSchema = partnerUsageSchema.extend({ keyId: z.string(), current: quotaUsageSchema });
export type PortalKeyUsage = z.infer<typeof portalKeyUsageSchema>;

export const upgradeRequestStatuses = ["pending", "approved", "refused"] as const;
export type UpgradeRequestStatus = (typeof upgradeRequestStatuses)[number];

export const upgradeRequestSchema = z.object({
  id: z.string(),
  partnerId: z.string(),
  /** The plan the partner was on when it asked, and the one it asks for. */
  fromPlanId: z.string(),
  planId: z.string(),
  status: z.enum(upgradeRequestStatuses),
  /** The admin's reason, when refused. */
  reason: z.string().nullable(),
  createdAt: timestampSchema,
  decidedAt: timestampSchema.nullable(),
});
export type UpgradeRequest = z.infer<typeof upgradeRequestSchema>;
export const upgradeRequestListSchema = z.object({ items: z.array(upgradeRequestSchema) });
export type UpgradeRequestList = z.infer<typeof upgradeRequestListSchema>;

export const createUpgradeRequestBodySchema = strictBody({ planId: planSchema.shape.id });
export type CreateUpgradeRequestBody = z.infer<typeof createUpgradeRequestBodySchema>;

export const listUpgradeRequestsQuerySchema = z.object({
  status: z.enum(upgradeRequestStatuses, { error: `status is one of: ${upgradeRequestStatuses.join(", ")}.` }).optional(),
});
export const upgradeRequestIdPathSchema = z.object({ requestId: pathIdSchema });
export const refuseUpgradeRequestBodySchema = strictBody({ reason: z.string().max(256, "reason is at most 256 characters.").optional() }).optional();
export type RefuseUpgradeRequestBody = z.infer<typeof refuseUpgradeRequestBodySchema>;
