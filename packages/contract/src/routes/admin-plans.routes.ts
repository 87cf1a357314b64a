import { planSchema } from "../schemas/plan-definition.schemas";
import { defineRoute } from "../route";
import { createPlanBodySchema, planIdPathSchema, planListSchema, updatePlanBodySchema } from "../schemas/plan.schemas";

/* Admin routes: same authorizer as `/me`, whose policy allows `/admin/*` only to the `admins` group. */
const tags = ["admin: plans"];

export const listPlans = defineRoute({
  name: "listPlans",
  method: "GET",
  path: "/admin/plans",
  auth: "admin",
  summary: "List usage plans (tiers)",
  tags,
  responses: { 200: { description: "Every plan.", body: planListSchema } },
  errors: [500],
});

export const createPlan = defineRoute({
  name: "createPlan",
  method: "POST",
  path: "/admin/plans",
  auth: "admin",
  summary: "Create a usage plan",
  tags,
  request: { body: createPlanBodySchema },
  responses: { 201: { description: "The plan.", body: planSchema } },
  errors: [400, 409, 500],
});

export const updatePlan = defineRoute({
  name: "updatePlan",
  method: "PATCH",
  path: "/admin/plans/{planId}",
  auth: "admin",
  summary: "Change a plan's name, description, throttle, quota or link limit",
  description: "Applies to every partner on the plan at once.",
  tags,
  request: { path: planIdPathSchema, body: updatePlanBodySchema },
  responses: { 200: { description: "The updated plan.", body: planSchema } },
  errors: [400, 404, 500],
});

export const adminPlanRoutes = [listPlans, createPlan, updatePlan] as const;
