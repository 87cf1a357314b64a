import type { Partner } from "@linkgate/core";

/**
 * A partner as the contract shows it. A revoked partner keeps its disabled key on record (its
 * usage history stays readable, and rotation deletes it), but has no usable key, so none is shown.
 */
export function partnerView(partner: Partner): Partner {
  return partner.status === "revoked" ? { ...partner, apiKeyId: null } : partner;
}
