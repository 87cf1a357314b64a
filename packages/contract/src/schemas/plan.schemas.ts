import * as z from "zod";
import { planSchema, quotaSchema, throttleSchema } from "./plan-definition.schemas";
import { pathIdSchema, strictBody } from "./common.schemas";

/** Plans are few: listed whole, no paging. */
export const planListSchema = z.object({ items: z.array(planSchema) });

const planFields = planSchema.shape;
export const planIdPathSchema = z.object({ planId: pathIdSchema });

/** Throttle and quota bodies are strict too; their fields come from plans.ts. */
const strictThrottle = strictBody(throttleSchema.shape);
const strictQuota = strictBody(quotaSchema.shape);

export const createPlanBodySchema = strictBody({
  id: planFields.id.describe("Slug: lower-case letters, digits and '-', 2–32 characters, starting with a letter."),
  name: planFields.name,
  description: planFields.description.default(""),
  throttle: strictThrottle,
  quota: strictQuota,
  linkLimit: planFields.linkLimit,
});
export type CreatePlanBody = z.infer<typeof createPlanBodySchema>;

export const updatePlanBodySchema = strictBody({
  name: planFields.name.optional(),
  description: planFields.description.optional(),
  throttle: strictThrottle.optional(),
  quota: strictQuota.optional(),
  linkLimit: planFields.linkLimit.optional(),
}).refine((body) => Object.values(body).some((value) => value !== undefined), {
  error: "Give at least one of: name, description, throttle, quota, linkLimit.",
});
export type UpdatePlanBody = z.infer<typeof updatePlanBodySchema>;
