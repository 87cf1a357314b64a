export interface Link {
  code: string;
  shortUrl: string;
  targetUrl: string;
  ownerId: string;
  /** True for a chosen alias, false for a generated code. */
  custom: boolean;
  createdAt: string;
  updatedAt: string;
  /** ISO time after which the link no longer redirects; absent for permanent links. */
  expiresAt?: string;
  clicks: number;
}

export interface CreateLinkInput {
  targetUrl: string;
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
  targetUrl?: string;
  /** ISO date-time in the future; null makes the link permanent. */
  expiresAt?: string | null;
}

export interface ListLinksInput {
  limit?: number;
  cursor?: string;
  /** Case-insensitive substring of the code or the target URL. */
  search?: string;
}

export interface LinkStatsInput {
  /** First day, `YYYY-MM-DD` (UTC), inclusive. */
  from: string;
  /** Last day, `YYYY-MM-DD` (UTC), inclusive. */
  to: string;
}

export interface LinkStats {
  code: string;
  total: number;
  from: string;
  to: string;
  days: { day: string; clicks: number }[];
}

export interface ResolvedLink {
  targetUrl: string;
  /** No expiry: the edge may answer 301; expiring links get 302. */
  permanent: boolean;
}
