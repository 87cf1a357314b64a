import { ConflictError, NotFoundError } from "./usage-errors";
import type { ApiKey, ApiStage, UsagePlan } from "./usage-model";

export interface RegistrySnapshot {
  usagePlans: UsagePlan[];
  apiKeys: ApiKey[];
  /** usagePlanId → the ids of its keys. */
  planKeys: Record<string, string[]>;
}

const stageId = (apiStage: Pick<ApiStage, "apiId" | "stage">) => `${apiStage.apiId}:${apiStage.stage}`;

/**
 * Plans, keys and which keys are in which plans, with the indexes `admit` needs (key by value,
 * plans by key). Enforces AWS's rule: a key is in at most one plan per API stage.
 */
export class UsageRegistry {
  readonly plans = new Map<string, UsagePlan>();
  readonly keys = new Map<string, ApiKey>();
  private readonly keysByValue = new Map<string, ApiKey>();
  private readonly keyIdsByPlan = new Map<string, Set<string>>();
  private readonly planIdsByKey = new Map<string, Set<string>>();

  plan(id: string): UsagePlan {
    const plan = this.plans.get(id);
    // AWS's exact message, without the id (recorded: test_usage_plan_crud, update-wrong-id).
    if (!plan) throw new NotFoundError("Invalid Usage Plan ID specified");
    return plan;
  }

  key(id: string): ApiKey {
    const key = this.keys.get(id);
    if (!key) throw new NotFoundError(`Invalid API Key identifier specified: ${id}`);
    return key;
  }

  keyByValue(value: string): ApiKey | undefined {
    return this.keysByValue.get(value);
  }

  putPlan(plan: UsagePlan): void {
    this.plans.set(plan.id, plan);
    if (!this.keyIdsByPlan.has(plan.id)) this.keyIdsByPlan.set(plan.id, new Set());
  }

  deletePlan(id: string): void {
    for (const keyId of this.keyIdsOf(id)) this.planIdsByKey.get(keyId)?.delete(id);
    this.keyIdsByPlan.delete(id);
    this.plans.delete(id);
  }

  putKey(key: ApiKey): void {
    const previous = this.keys.get(key.id);
    if (previous) this.keysByValue.delete(previous.value);
    this.keys.set(key.id, key);
    this.keysByValue.set(key.value, key);
  }

  deleteKey(id: string): void {
    const key = this.key(id);
    for (const planId of this.planIdsOf(id)) this.keyIdsByPlan.get(planId)?.delete(id);
    this.planIdsByKey.delete(id);
    this.keysByValue.delete(key.value);
    this.keys.delete(id);
  }

  keyIdsOf(planId: string): ReadonlySet<string> {
    return this.keyIdsByPlan.get(planId) ?? new Set();
  }

  planIdsOf(keyId: string): ReadonlySet<string> {
    return this.planIdsByKey.get(keyId) ?? new Set();
  }

  /** Throws what `addKeyToPlan` would: the store checks first, so that only changes that apply reach the journal. */
  assertCanAddKeyToPlan(planId: string, keyId: string): void {
    const plan = this.plan(planId);
    this.key(keyId);
    if (this.keyIdsOf(planId).has(keyId)) throw new ConflictError(`API Key ${keyId} is already in Usage Plan ${planId}`);
    this.assertNoStageClash(keyId, plan.apiStages, planId);
  }

  addKeyToPlan(planId: string, keyId: string): void {
    this.assertCanAddKeyToPlan(planId, keyId);
    this.keyIdsByPlan.get(planId)?.add(keyId);
    let planIds = this.planIdsByKey.get(keyId);
    if (!planIds) this.planIdsByKey.set(keyId, (planIds = new Set()));
    planIds.add(planId);
  }

  assertKeyInPlan(planId: string, keyId: string): void {
    this.plan(planId);
    if (!this.keyIdsOf(planId).has(keyId)) throw new NotFoundError(`Invalid API Key identifier specified: ${keyId} is not in Usage Plan ${planId}`);
  }

  removeKeyFromPlan(planId: string, keyId: string): void {
    this.assertKeyInPlan(planId, keyId);
    this.keyIdsByPlan.get(planId)?.delete(keyId);
    this.planIdsByKey.get(keyId)?.delete(planId);
  }

  /** Rejects giving `planId` these stages if one of its keys is already in another plan on one of them. */
  assertStagesFit(planId: string, apiStages: ApiStage[]): void {
    for (const keyId of this.keyIdsOf(planId)) this.assertNoStageClash(keyId, apiStages, planId);
  }

  /** The plan holding `keyId` on this API stage, if any (at most one by construction). */
  planForKeyOnStage(keyId: string, restApiId: string, stage: string): { plan: UsagePlan; apiStage: ApiStage } | undefined {
    for (const planId of this.planIdsOf(keyId)) {
      const plan = this.plans.get(planId);
      const apiStage = plan?.apiStages.find((s) => s.apiId === restApiId && s.stage === stage);
      if (plan && apiStage) return { plan, apiStage };
    }
    return undefined;
  }

  snapshot(): RegistrySnapshot {
    const planKeys: Record<string, string[]> = {};
    for (const [planId, keyIds] of this.keyIdsByPlan) planKeys[planId] = [...keyIds];
    return { usagePlans: [...this.plans.values()], apiKeys: [...this.keys.values()], planKeys };
  }

  static fromSnapshot(snapshot: RegistrySnapshot): UsageRegistry {
    const registry = new UsageRegistry();
    for (const plan of snapshot.usagePlans) registry.putPlan(plan);
    for (const key of snapshot.apiKeys) registry.putKey(key);
    for (const [planId, keyIds] of Object.entries(snapshot.planKeys)) {
      for (const keyId of keyIds) if (registry.plans.has(planId) && registry.keys.has(keyId)) registry.addKeyToPlan(planId, keyId);
    }
    return registry;
  }

  private assertNoStageClash(keyId: string, apiStages: ApiStage[], planId: string): void {
    const wanted = new Set(apiStages.map(stageId));
    for (const otherId of this.planIdsOf(keyId)) {
      if (otherId === planId) continue;
      const clash = this.plans.get(otherId)?.apiStages.find((s) => wanted.has(stageId(s)));
      if (clash) {
        throw new ConflictError(
          `API Key ${keyId} cannot be in Usage Plan ${planId}: it is already in Usage Plan ${otherId} on stage ${stageId(clash)}, and a key may be in only one plan per API stage`,
        );
      }
    }
  }
}
