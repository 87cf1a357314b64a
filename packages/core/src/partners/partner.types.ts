export const partnerStatuses = ["active", "revoked"] as const;
export type PartnerStatus = (typeof partnerStatuses)[number];

export interface Partner {
  partnerId: string;
  name: string;
  contactEmail: string;
  planId: string;
  /** The API Gateway key the partner calls with (`requestContext.identity.apiKeyId`). */
  apiKeyId: string;
  status: PartnerStatus;
  createdAt: string;
  updatedAt: string;
}

export interface CreatePartnerInput {
  name: string;
  contactEmail: string;
  planId: string;
  apiKeyId: string;
  /** Omitted: one is generated. */
  partnerId?: string;
}

export interface UpdatePartnerInput {
  name?: string;
  contactEmail?: string;
  planId?: string;
  /** Set on key rotation. */
  apiKeyId?: string;
}

export interface ListPartnersInput {
  limit?: number;
  cursor?: string;
}
