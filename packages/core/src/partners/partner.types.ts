import type { PartnerStatus } from "@linkgate/contract";

export { partnerStatuses, type PartnerStatus } from "@linkgate/contract";

/** A partner as the API shows it (field names follow the contract's partnerSchema). */
export interface Partner {
  id: string;
  name: string;
  contactEmail: string;
  planId: string;
  /** The API Gateway key the partner calls with (`requestContext.identity.apiKeyId`); null when it has none. */
  apiKeyId: string | null;
  status: PartnerStatus;
  createdAt: string;
  updatedAt: string;
}

export interface CreatePartnerInput {
  name: string;
  contactEmail: string;
  planId: string;
  apiKeyId?: string | null;
  /** Omitted: one is generated. */
  id?: string;
  /** A self-service partner's account (Cognito sub): at most one partner per account (account-partner.ts). */
  accountSub?: string;
}

export interface UpdatePartnerInput {
  name?: string;
  contactEmail?: string;
  planId?: string;
  /** Set on key rotation; null when the key is gone. */
  apiKeyId?: string | null;
}

export interface ListPartnersInput {
  limit?: number;
  cursor?: string;
  status?: PartnerStatus;
}
