import type { LinkSortOrder } from "@linkgate/contract";

/** A link as the API shows it (field names follow the contract's linkSchema, plus owner details). */
export interface Link {
  code: string;
  shortUrl: string;
  target: string;
  ownerId: string;
  /** True for a chosen alias, false for a generated code. */
  custom: boolean;
  createdAt: string;
  updatedAt: string;
  /** ISO time after which the link no longer redirects; null for permanent links. */
  expiresAt: string | null;
  totalClicks: number;
}

export interface CreateLinkInput {
  target: string;
  /** A custom alias; omitted: a code is generated. */
  alias?: string;
  /** ISO date-time in the future. */
  expiresAt?: string;
}

export interface CreateLinkOptions {
  /** Client-chosen key: a replay within 24 h returns the first result. */
  idempotencyKey?: string;
}

export interface UpdateLinkInput {
  target?: string;
  /** ISO date-time in the future; null makes the link permanent. */
  expiresAt?: string | null;
}

export interface ListLinksInput {
  limit?: number;
  cursor?: string;
  /** Case-insensitive substring of the code or the target URL. */
  search?: string;
  /** `-createdAt` (default): newest first; `createdAt`: oldest first. */
  sort?: LinkSortOrder;
}

export interface LinkStatsInput {
  /** First day, `YYYY-MM-DD` (UTC), inclusive. */
  from: string;
  /** Last day, `YYYY-MM-DD` (UTC), inclusive. */
  to: string;
}

export interface LinkStats {
  code: string;
  /** All-time clicks, not only those in `days`. */
  totalClicks: number;
  from: string;
  to: string;
  days: { day: string; clicks: number }[];
}

export interface ResolvedLink {
  target: string;
  /** No expiry: the edge may answer 301; expiring links get 302. */
  permanent: boolean;
}
