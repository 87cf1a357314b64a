import type { Partner, PartnerStatus } from "./partner.types";

/**
 * Stored shape: keyed by `partnerId`; `apiKeyId` absent (not null) when there is none, as index keys
 * must be. A type, not an interface, so it fits dynamoose's open item type.
 */
export type PartnerItem = {
  partnerId: string;
  name: string;
  contactEmail: string;
  planId: string;
  apiKeyId?: string;
  status: PartnerStatus;
  /** The partner account (Cognito sub) that owns it, for self-service partners only. */
  accountSub?: string;
  /** Its pending upgrade request, if any: the one-at-a-time guard (upgrade-request.service.ts). */
  pendingUpgradeRequestId?: string;
  createdAt: number;
  updatedAt: number;
};

export function partnerFromItem(item: PartnerItem): Partner {
  return {
    id: item.partnerId,
    name: item.name,
    contactEmail: item.contactEmail,
    planId: item.planId,
    apiKeyId: item.apiKeyId ?? null,
    status: item.status,
    createdAt: new Date(item.createdAt).toISOString(),
    updatedAt: new Date(item.updatedAt).toISOString(),
  };
}
