import { TokenBucket } from "./token-bucket";
import type { ApiStage, ThrottleSettings, UsagePlan } from "./usage-model";

interface Entry {
  bucket: TokenBucket;
  limits: ThrottleSettings;
}

/**
 * The throttle that applies to one request inside a usage plan: the plan's per-method limit for
 * `"/path/VERB"` if it has one, else the plan's own limit; none when the plan sets neither (stage
 * and account limits are the data plane's). The most specific limit wins alone, as in AWS.
 */
export function resolveThrottle(
  plan: UsagePlan,
  apiStage: ApiStage,
  resourcePath: string,
  httpMethod: string,
): { limits: ThrottleSettings; scope: string } | undefined {
  const methodKey = `${resourcePath}/${httpMethod.toUpperCase()}`;
  const perMethod = apiStage.throttle?.[methodKey];
  if (perMethod) return { limits: perMethod, scope: `${apiStage.apiId}:${apiStage.stage}|${methodKey}` };
  if (plan.throttle) return { limits: plan.throttle, scope: "plan" };
  return undefined;
}

/**
 * Token buckets per usage plan, per key (and per method for per-method limits). A bucket whose
 * limits changed since its last use is reconfigured on the spot, so plan edits apply at once.
 */
export class ThrottleBuckets {
  private readonly entries = new Map<string, Entry>();

  tryTake(usagePlanId: string, keyId: string, scope: string, limits: ThrottleSettings, now: number): boolean {
    const id = `${usagePlanId}|${keyId}|${scope}`;
    let entry = this.entries.get(id);
    if (!entry) {
      entry = { bucket: new TokenBucket(limits.rateLimit, limits.burstLimit, now), limits };
      this.entries.set(id, entry);
    } else if (entry.limits.rateLimit !== limits.rateLimit || entry.limits.burstLimit !== limits.burstLimit) {
      entry.bucket.reconfigure(limits.rateLimit, limits.burstLimit, now);
      entry.limits = limits;
    }
    return entry.bucket.tryTake(now);
  }

  /**
   * Reconfigures a plan's buckets to its edited limits as of `now` (time before `now` refills at the
   * old rate); buckets whose limit no longer exists are dropped and start full when next needed.
   */
  applyPlan(plan: UsagePlan, now: number): void {
    for (const [id, entry] of this.entries) {
      const [planId, , stageId, methodKey] = id.split("|");
      if (planId !== plan.id) continue;
      const limits =
        stageId === "plan"
          ? plan.throttle
          : plan.apiStages.find((s) => `${s.apiId}:${s.stage}` === stageId)?.throttle?.[methodKey ?? ""];
      if (!limits) {
        this.entries.delete(id);
      } else {
        entry.bucket.reconfigure(limits.rateLimit, limits.burstLimit, now);
        entry.limits = limits;
      }
    }
  }

  /** Drops the buckets of a deleted plan or key. */
  forget(match: { usagePlanId?: string; keyId?: string }): void {
    for (const id of this.entries.keys()) {
      const [planId, keyId] = id.split("|");
      if (planId === match.usagePlanId || keyId === match.keyId) this.entries.delete(id);
    }
  }
}
