import { TokenBucket } from "../../../src/usage/token-bucket";
import type { AdmitRequest, AdmitResult, UsageGate } from "../../../src/usage/usage-gate";

export interface TestKey {
  id: string;
  value: string;
  enabled?: boolean;
  throttle?: { rateLimit: number; burstLimit: number };
  quota?: number;
}

/** A minimal in-memory usage gate for the gateway's tests: keys, one bucket and one quota each. */
export class MemoryUsageGate implements UsageGate {
  readonly requests: AdmitRequest[] = [];
  private readonly keys = new Map<string, { key: TestKey; bucket?: TokenBucket; used: number }>();

  constructor(keys: TestKey[]) {
    for (const key of keys) {
      this.keys.set(key.value, { key, used: 0, ...(key.throttle ? { bucket: new TokenBucket(key.throttle.rateLimit, key.throttle.burstLimit) } : {}) });
    }
  }

  admit(request: AdmitRequest): AdmitResult {
    this.requests.push(request);
    const entry = request.apiKeyValue === undefined ? undefined : this.keys.get(request.apiKeyValue);
    if (!entry || entry.key.enabled === false) return { admitted: false, reason: "Forbidden" };
    if (entry.bucket && !entry.bucket.tryTake(request.now)) return { admitted: false, reason: "TooManyRequests" };
    if (entry.key.quota !== undefined && entry.used >= entry.key.quota) return { admitted: false, reason: "LimitExceeded" };
    entry.used += 1;
    return { admitted: true, apiKeyId: entry.key.id, apiKeyValue: entry.key.value, usagePlanId: "plan1" };
  }
}
