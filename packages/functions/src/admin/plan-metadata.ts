import { plans as builtInPlans, type Plan } from "@linkgate/contract";
import type { UsagePlan } from "@aws-sdk/client-api-gateway";
import * as z from "zod";

/*
 * Where a plan's Linkgate-only fields live. A usage plan has a name (we use the plan id), a
 * description, throttle and quota; the label and linkLimit need a home too. Tags would be the
 * natural one, but changing them is a separate API (TagResource) that the local control plane
 * does not serve, so a plan created or edited by an admin keeps them as JSON in its description:
 * `{"linkgate":1,"name":"Gold","description":"…","linkLimit":5000}`. Plans deployed by SST carry
 * plain text there; for those the contract's tier (same id) gives name and linkLimit.
 */
const metadataSchema = z.object({
  linkgate: z.literal(1),
  name: z.string(),
  description: z.string(),
  linkLimit: z.number().int().positive(),
});

export type PlanMetadata = Pick<Plan, "name" | "description" | "linkLimit">;

export function encodePlanMetadata(metadata: PlanMetadata): string {
  return JSON.stringify({ linkgate: 1, name: metadata.name, description: metadata.description, linkLimit: metadata.linkLimit });
}

function decodeMetadata(planId: string, description: string | undefined): PlanMetadata {
  try {
    const parsed = metadataSchema.safeParse(JSON.parse(description ?? ""));
    if (parsed.success) return { name: parsed.data.name, description: parsed.data.description, linkLimit: parsed.data.linkLimit };
  } catch {
    // Plain text: a plan as SST deploys it.
  }
  const builtIn = builtInPlans.find((plan) => plan.id === planId) ?? builtInPlans[0];
  return { name: builtIn.id === planId ? builtIn.name : planId, description: description ?? "", linkLimit: builtIn.linkLimit };
}

/** A usage plan as a contract plan; undefined for plans that are not Linkgate's (no id-like name, no throttle or quota). */
export function planFromUsagePlan(usagePlan: UsagePlan): Plan | undefined {
  const id = usagePlan.name ?? "";
  const { throttle, quota } = usagePlan;
  if (!/^[a-z][a-z0-9-]{1,31}$/.test(id) || !throttle?.rateLimit || !throttle.burstLimit || !quota?.limit || !quota.period) return undefined;
  return {
    id,
    ...decodeMetadata(id, usagePlan.description),
    throttle: { rate: throttle.rateLimit, burst: throttle.burstLimit },
    quota: { limit: quota.limit, period: quota.period as Plan["quota"]["period"] },
  };
}
