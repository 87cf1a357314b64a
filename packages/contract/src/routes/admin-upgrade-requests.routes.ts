import { defineRoute } from "../route";
import { listUpgradeRequestsQuerySchema, refuseUpgradeRequestBodySchema, upgradeRequestIdPathSchema, upgradeRequestListSchema, upgradeRequestSchema } from "../schemas/portal.schemas";

/* Partners' plan upgrade requests (portal.routes.ts): approving moves the partner's key to the plan. */
const tags = ["admin: upgrade requests"];
const requestPath = "/admin/upgrade-requests/{requestId}";

export const listUpgradeRequests = defineRoute({
  name: "listUpgradeRequests",
  method: "GET",
  path: "/admin/upgrade-requests",
  auth: "admin",
  summary: "List partners' plan upgrade requests, newest first",
  tags,
  request: { query: listUpgradeRequestsQuerySchema },
  responses: { 200: { description: "The requests.", body: upgradeRequestListSchema } },
  errors: [400, 500],
});

export const approveUpgradeRequest = defineRoute({
  name: "approveUpgradeRequest",
  method: "POST",
  path: `${requestPath}/approve`,
  auth: "admin",
  summary: "Approve a pending request: the partner's key moves to the plan",
  description: "The new throttle and quota apply on the partner's next call.",
  tags,
  request: { path: upgradeRequestIdPathSchema },
  responses: { 200: { description: "The approved request.", body: upgradeRequestSchema } },
  errors: [404, 409, 500],
});

export const refuseUpgradeRequest = defineRoute({
  name: "refuseUpgradeRequest",
  method: "POST",
  path: `${requestPath}/refuse`,
  auth: "admin",
  summary: "Refuse a pending request",
  tags,
  request: { path: upgradeRequestIdPathSchema, body: refuseUpgradeRequestBodySchema },
  responses: { 200: { description: "The refused request.", body: upgradeRequestSchema } },
  errors: [400, 404, 409, 500],
});

export const adminUpgradeRequestRoutes = [listUpgradeRequests, approveUpgradeRequest, refuseUpgradeRequest] as const;
