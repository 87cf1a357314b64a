import { defineRoute } from "../route";
import { dayRangeQuerySchema } from "../schemas/day-range";
import { partnerSchema, partnerWithKeySchema } from "../schemas/partner.schemas";
import { planListSchema } from "../schemas/plan.schemas";
import {
  createMyPartnerBodySchema,
  createUpgradeRequestBodySchema,
  keyIdPathSchema,
  myPartnerSchema,
  portalKeyUsageSchema,
  portalSignUpBodySchema,
  portalSignUpSchema,
  upgradeRequestListSchema,
  upgradeRequestSchema,
} from "../schemas/portal.schemas";

/*
 * Partner self-service: a partner account (Cognito group `partners`, token as `Authorization:
 * Bearer`) owns at most one partner, found from the account (never from input). Another partner's
 * key id is a 404, as an unknown one is, so ids of others cannot be probed.
 */
const tags = ["portal"];

export const signUpPartnerAccount = defineRoute({
  name: "signUpPartnerAccount",
  method: "POST",
  path: "/portal/sign-up",
  auth: "public",
  summary: "Sign up as a partner account",
  description: "Creates the Cognito account in the partners group; confirm it with the emailed code (ConfirmSignUp), then sign in.",
  tags,
  request: { body: portalSignUpBodySchema },
  responses: { 201: { description: "The account, and where its confirmation code went.", body: portalSignUpSchema } },
  errors: [400, 409, 500],
});

export const listPortalPlans = defineRoute({
  name: "listPortalPlans",
  method: "GET",
  path: "/portal/plans",
  auth: "public",
  summary: "The plans a partner can be on, with their limits",
  description: "Public: the developer portal shows them to visitors, and partners pick one to ask for. Custom plans admins add are listed too.",
  tags,
  responses: { 200: { description: "Every plan on this stage, smallest quota first.", body: planListSchema } },
  errors: [500],
});

export const createMyPartner = defineRoute({
  name: "createMyPartner",
  method: "POST",
  path: "/portal/partner",
  auth: "partnerAccount",
  summary: "Create your partner, on the free plan, and its API key",
  description: "One per account. The response holds the key's value: the only time it is shown.",
  tags,
  request: { body: createMyPartnerBodySchema },
  responses: { 201: { description: "Your partner and its new key.", body: partnerWithKeySchema } },
  errors: [400, 409, 500],
});

export const getMyPartner = defineRoute({
  name: "getMyPartner",
  method: "GET",
  path: "/portal/partner",
  auth: "partnerAccount",
  summary: "Your partner: plan, status and key id",
  tags,
  responses: { 200: { description: "Your partner; `keyId` is your key's id, also once revoked (rotate it to get access back).", body: myPartnerSchema } },
  errors: [404, 500],
});

export const rotateMyKey = defineRoute({
  name: "rotateMyKey",
  method: "POST",
  path: "/portal/keys/{keyId}/rotate",
  auth: "partnerAccount",
  summary: "Replace your API key",
  description: "The old key stops working at once; the response holds the new key's value, shown once.",
  tags,
  request: { path: keyIdPathSchema },
  responses: { 201: { description: "Your partner and its new key.", body: partnerWithKeySchema } },
  errors: [404, 409, 500],
});

export const revokeMyKey = defineRoute({
  name: "revokeMyKey",
  method: "DELETE",
  path: "/portal/keys/{keyId}",
  auth: "partnerAccount",
  summary: "Revoke your API key",
  description: "Disables the key at once; your partner becomes revoked. Rotating gives access back.",
  tags,
  request: { path: keyIdPathSchema },
  responses: { 200: { description: "Your revoked partner.", body: partnerSchema } },
  errors: [404, 500],
});

export const getMyKeyUsage = defineRoute({
  name: "getMyKeyUsage",
  method: "GET",
  path: "/portal/keys/{keyId}/usage",
  auth: "partnerAccount",
  summary: "Your key's calls per day, and the quota used and left this period",
  tags,
  request: { path: keyIdPathSchema, query: dayRangeQuerySchema },
  responses: { 200: { description: "Usage per day (UTC) and the current period.", body: portalKeyUsageSchema } },
  errors: [400, 404, 500],
});

export const createUpgradeRequest = defineRoute({
  name: "createUpgradeRequest",
  method: "POST",
  path: "/portal/upgrade-requests",
  auth: "partnerAccount",
  summary: "Ask for another plan",
  description: "An admin approves or refuses it; one request may be pending at a time.",
  tags,
  request: { body: createUpgradeRequestBodySchema },
  responses: { 201: { description: "The pending request.", body: upgradeRequestSchema } },
  errors: [400, 404, 409, 500],
});

export const listMyUpgradeRequests = defineRoute({
  name: "listMyUpgradeRequests",
  method: "GET",
  path: "/portal/upgrade-requests",
  auth: "partnerAccount",
  summary: "Your plan upgrade requests, newest first",
  tags,
  responses: { 200: { description: "Your requests.", body: upgradeRequestListSchema } },
  errors: [404, 500],
});

export const portalRoutes = [
  listPortalPlans,
  signUpPartnerAccount,
  createMyPartner,
  getMyPartner,
  rotateMyKey,
  revokeMyKey,
  getMyKeyUsage,
  createUpgradeRequest,
  listMyUpgradeRequests,
] as const;
