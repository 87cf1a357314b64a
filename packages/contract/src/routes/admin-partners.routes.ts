import { defineRoute } from "../route";
import { dayRangeQuerySchema } from "../schemas/day-range";
import {
  createPartnerBodySchema,
  createQuotaGrantBodySchema,
  listPartnersQuerySchema,
  partnerIdPathSchema,
  partnerPageSchema,
  partnerSchema,
  partnerUsageSchema,
  partnerWithKeySchema,
  quotaGrantSchema,
  updatePartnerBodySchema,
} from "../schemas/partner.schemas";

/*
 * Partners and their API keys. A partner has one key at a time; creation and rotation return its
 * value once. Revoking disables the key and keeps the partner (status `revoked`) for its history.
 */
const tags = ["admin: partners"];
const partnerPath = "/admin/partners/{partnerId}";

export const listPartners = defineRoute({
  name: "listPartners",
  method: "GET",
  path: "/admin/partners",
  auth: "admin",
  summary: "List partners",
  tags,
  request: { query: listPartnersQuerySchema },
  responses: { 200: { description: "One page of partners.", body: partnerPageSchema } },
  errors: [400, 500],
});

export const createPartner = defineRoute({
  name: "createPartner",
  method: "POST",
  path: "/admin/partners",
  auth: "admin",
  summary: "Create a partner and its API key",
  description: "The response holds the key's value: the only time it is shown.",
  tags,
  request: { body: createPartnerBodySchema },
  responses: { 201: { description: "The partner and its new key.", body: partnerWithKeySchema } },
  errors: [400, 404, 500],
});

export const getPartner = defineRoute({
  name: "getPartner",
  method: "GET",
  path: partnerPath,
  auth: "admin",
  summary: "Get a partner",
  tags,
  request: { path: partnerIdPathSchema },
  responses: { 200: { description: "The partner.", body: partnerSchema } },
  errors: [404, 500],
});

export const updatePartner = defineRoute({
  name: "updatePartner",
  method: "PATCH",
  path: partnerPath,
  auth: "admin",
  summary: "Change a partner's name, contact email or plan",
  tags,
  request: { path: partnerIdPathSchema, body: updatePartnerBodySchema },
  responses: { 200: { description: "The updated partner.", body: partnerSchema } },
  errors: [400, 404, 409, 500],
});

export const rotatePartnerKey = defineRoute({
  name: "rotatePartnerKey",
  method: "POST",
  path: `${partnerPath}/key-rotations`,
  auth: "admin",
  summary: "Replace a partner's API key",
  description: "The old key stops working at once; the response holds the new key's value, shown once.",
  tags,
  request: { path: partnerIdPathSchema },
  responses: { 201: { description: "The partner and its new key.", body: partnerWithKeySchema } },
  errors: [404, 409, 500],
});

export const revokePartner = defineRoute({
  name: "revokePartner",
  method: "POST",
  path: `${partnerPath}/revoke`,
  auth: "admin",
  summary: "Revoke a partner's access",
  description: "Disables its key for good; repeating it is harmless. Rotating a key gives access back.",
  tags,
  request: { path: partnerIdPathSchema },
  responses: { 200: { description: "The revoked partner.", body: partnerSchema } },
  errors: [404, 500],
});

export const getPartnerUsage = defineRoute({
  name: "getPartnerUsage",
  method: "GET",
  path: `${partnerPath}/usage`,
  auth: "admin",
  summary: "A partner's calls per day, used and remaining",
  tags,
  request: { path: partnerIdPathSchema, query: dayRangeQuerySchema },
  responses: { 200: { description: "Usage per day (UTC).", body: partnerUsageSchema } },
  errors: [400, 404, 500],
});

export const createQuotaGrant = defineRoute({
  name: "createQuotaGrant",
  method: "POST",
  path: `${partnerPath}/quota-grants`,
  auth: "admin",
  summary: "Grant a partner extra calls for the current quota period",
  tags,
  request: { path: partnerIdPathSchema, body: createQuotaGrantBodySchema },
  responses: { 201: { description: "The grant and the partner's quota after it.", body: quotaGrantSchema } },
  errors: [400, 404, 409, 500],
});

export const adminPartnerRoutes = [
  listPartners,
  createPartner,
  getPartner,
  updatePartner,
  rotatePartnerKey,
  revokePartner,
  getPartnerUsage,
  createQuotaGrant,
] as const;
