import { defaultPlanId, plans, USER_LINK_LIMIT } from "@linkgate/contract";
import type { Caller } from "../caller";
import type { ResolvedCoreConfig } from "../config";
import type { CoreContext } from "../context";
import { Forbidden } from "../errors";
import { readPartnerItem } from "../partners/partner-lookup";

/** A plan's link limit: admin-made plans from config, built-in tiers from the contract. */
export function planLinkLimit(config: ResolvedCoreConfig, planId: string): number {
  const fromConfig = config.planLinkLimits[planId];
  if (fromConfig !== undefined) return fromConfig;
  const builtIn = plans.find((plan) => plan.id === planId) ?? plans.find((plan) => plan.id === defaultPlanId);
  return builtIn?.linkLimit ?? USER_LINK_LIMIT;
}

/**
 * The limit that applies when the owner item carries no override: USER_LINK_LIMIT for users, the
 * plan's linkLimit for partners. A partner must exist and be active to hold links.
 */
export async function defaultLinkLimit(ctx: CoreContext, caller: Caller): Promise<number> {
  if (caller.kind === "user") return USER_LINK_LIMIT;
  const partner = await readPartnerItem(ctx, caller.partnerId);
  if (!partner || partner.status !== "active") throw new Forbidden("This partner account is not active.");
  return planLinkLimit(ctx.config, partner.planId);
}
