import type { Plan } from "@linkgate/contract";
import { partnerOwnerId, type Core } from "@linkgate/core";

/**
 * A partner's link limit is its plan's. Core knows the contract's built-in tiers, not plans made
 * at run time, so the limit is written on the partner's owner item (core's per-owner override)
 * whenever a partner joins a plan, and again for every partner on a plan whose limit changes.
 */
export async function setPartnerLinkLimit(core: Core, partnerId: string, plan: Plan): Promise<void> {
  await core.owners.setLinkLimit(partnerOwnerId(partnerId), plan.linkLimit);
}

export async function applyPlanLinkLimit(core: Core, plan: Plan): Promise<void> {
  let cursor: string | undefined;
  do {
    const page = await core.partners.list({ limit: 100, ...(cursor ? { cursor } : {}) });
    await Promise.all(page.items.filter((partner) => partner.planId === plan.id).map((partner) => setPartnerLinkLimit(core, partner.id, plan)));
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
}
