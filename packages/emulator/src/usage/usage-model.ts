/**
 * Usage plans and API keys as API Gateway's management API describes them
 * (UsagePlan, ApiKey, UsagePlanKey). Dates are epoch milliseconds here; the control plane
 * renders them in AWS's wire format.
 */
export const quotaPeriods = ["DAY", "WEEK", "MONTH"] as const;
export type QuotaPeriod = (typeof quotaPeriods)[number];

export interface ThrottleSettings {
  /** Token refill per second. */
  rateLimit: number;
  /** Bucket size. */
  burstLimit: number;
}

export interface QuotaSettings {
  limit: number;
  /** Requests subtracted from `limit` in the period the quota was set (AWS API reference). */
  offset: number;
  period: QuotaPeriod;
}

export interface ApiStage {
  apiId: string;
  stage: string;
  /** Per-method throttles keyed `"/path/VERB"` (root: `"//GET"`). */
  throttle?: Record<string, ThrottleSettings>;
}

export interface UsagePlan {
  id: string;
  name: string;
  description?: string;
  apiStages: ApiStage[];
  throttle?: ThrottleSettings;
  quota?: QuotaSettings;
  tags?: Record<string, string>;
  /** When the current quota was set: its first period is the one `offset` applies to. */
  quotaSetAt: number;
}

export interface ApiKey {
  id: string;
  value: string;
  name?: string;
  description?: string;
  customerId?: string;
  enabled: boolean;
  createdDate: number;
  lastUpdatedDate: number;
  /** `"restApiId/stageName"`, as AWS lists them. */
  stageKeys: string[];
  tags?: Record<string, string>;
}

/** What callers choose when creating a plan; the store assigns the id. */
export type NewUsagePlan = Omit<UsagePlan, "id" | "quotaSetAt" | "apiStages"> & { apiStages?: ApiStage[] };

/** A plan's editable fields, as PATCH produces them. */
export type UsagePlanChanges = Omit<UsagePlan, "id" | "quotaSetAt">;

export interface NewApiKey {
  name?: string;
  description?: string;
  customerId?: string;
  /** AWS's CreateApiKey defaults `enabled` to false. */
  enabled?: boolean;
  /** 20–128 characters; generated (40 characters) when absent. */
  value?: string;
  stageKeys?: string[];
  tags?: Record<string, string>;
}

export type ApiKeyChanges = Pick<ApiKey, "name" | "description" | "customerId" | "enabled" | "stageKeys">;

/** One key's usage over a date range: `[used, remaining]` per UTC day, oldest first. */
export interface KeyUsage {
  keyId: string;
  days: Array<[used: number, remaining: number]>;
}
