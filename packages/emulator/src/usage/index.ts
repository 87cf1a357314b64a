export { UsagePlanStore, type UsagePlanStoreOptions } from "./usage-plan-store";
export type { AdmitRequest, AdmitResult, UsageGate } from "./usage-gate";
export { TokenBucket } from "./token-bucket";
export { BadRequestError, ConflictError, NotFoundError, UsageStoreError } from "./usage-errors";
export { effectiveLimit } from "./quota-period";
export {
  quotaPeriods,
  type ApiKey,
  type ApiKeyChanges,
  type ApiStage,
  type KeyUsage,
  type NewApiKey,
  type NewUsagePlan,
  type QuotaPeriod,
  type QuotaSettings,
  type ThrottleSettings,
  type UsagePlan,
  type UsagePlanChanges,
} from "./usage-model";
