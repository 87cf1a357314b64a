import { DAY_MS, epochDay, periodStart } from "@linkgate/utc-calendar";
import { newApiKeyId, newApiKeyValue, newUsagePlanId } from "./identifiers";
import { applyRecord, type JournalRecord } from "./journal-records";
import { effectiveLimit } from "./quota-period";
import { resolveThrottle, ThrottleBuckets } from "./throttle-buckets";
import { BadRequestError, ConflictError, NotFoundError } from "./usage-errors";
import type { AdmitRequest, AdmitResult, UsageGate } from "./usage-gate";
import { UsageLedger } from "./usage-ledger";
import type { ApiKey, ApiKeyChanges, KeyUsage, NewApiKey, NewUsagePlan, UsagePlan, UsagePlanChanges } from "./usage-model";
import { UsagePersistence } from "./usage-persistence";
import { UsageRegistry } from "./usage-registry";
import { assertApiStages, assertKeyNameAndDescription, assertKeyValue, assertQuota, assertStageKey, assertThrottle } from "./usage-validation";

export interface UsagePlanStoreOptions {
  /** Where plans, keys and usage are kept across restarts (snapshot + journal); memory only when absent. */
  dataDir?: string;
  /**
   * How long changes may wait before a snapshot compacts the journal. Default 1000 ms. What a kill
   * loses does not depend on it (every change is journalled first); it bounds journal size and replay.
   */
  snapshotDelayMs?: number;
}

const copy = <T>(value: T): T => structuredClone(value);

/**
 * Usage plans, API keys, their membership and usage counters, and the gate the data plane calls on
 * every key-required request. Everything is in memory and `admit` is synchronous, so throttles and
 * quotas are exact (AWS calls its own best-effort). Changes apply to the next `admit`.
 *
 * With a data directory every change (each admitted request included) is appended to the journal
 * before it is applied, so a change a method has returned survives a kill; coalesced snapshots
 * compact the journal. See README.md.
 */
export class UsagePlanStore implements UsageGate {
  private readonly buckets = new ThrottleBuckets();

  private readonly knownStages = new Set<string>();

  private constructor(
    private readonly registry: UsageRegistry,
    private readonly ledger: UsageLedger,
    private readonly persistence?: UsagePersistence,
  ) {}

  static async open(options: UsagePlanStoreOptions = {}): Promise<UsagePlanStore> {
    if (!options.dataDir) return new UsagePlanStore(new UsageRegistry(), new UsageLedger());
    const { registry, ledger, persistence } = await UsagePersistence.open(options.dataDir, options.snapshotDelayMs ?? 1000);
    return new UsagePlanStore(registry, ledger, persistence);
  }

  admit(request: AdmitRequest): AdmitResult {
    const now = request.now ?? Date.now();
    const key = request.apiKeyValue === undefined ? undefined : this.registry.keyByValue(request.apiKeyValue);
    if (!key || !key.enabled) return { admitted: false, reason: "Forbidden" };
    const found = this.registry.planForKeyOnStage(key.id, request.restApiId, request.stage);
    if (!found) return { admitted: false, reason: "Forbidden" };
    const { plan, apiStage } = found;
    // Throttle before quota: AWS does not document it, but a throttled request never reaches the
    // backend, so here it does not consume quota.
    const throttle = resolveThrottle(plan, apiStage, request.resourcePath, request.httpMethod);
    if (throttle && !this.buckets.tryTake(plan.id, key.id, throttle.scope, throttle.limits, now)) {
      return { admitted: false, reason: "TooManyRequests" };
    }
    if (plan.quota && this.remaining(plan, key.id, now) <= 0) return { admitted: false, reason: "LimitExceeded" };
    this.commit(["admit", plan.id, key.id, epochDay(now)]);
    return { admitted: true, apiKeyId: key.id, apiKeyValue: key.value, usagePlanId: plan.id };
  }

  /**
   * The API stages that exist (what the emulator serves). Once any is registered, a plan naming
   * another stage is refused, as API Gateway refuses it; a bare store (tests) accepts any stage.
   */
  registerStage(apiId: string, stage: string): void {
    this.knownStages.add(`${apiId}:${stage}`);
  }

  stageExists(apiId: string, stage: string): boolean {
    return this.knownStages.size === 0 || this.knownStages.has(`${apiId}:${stage}`);
  }

  // ── usage plans ───────────────────────────────────────────────────────────
  createUsagePlan(input: NewUsagePlan, now = Date.now()): UsagePlan {
    if (!input.name) throw new BadRequestError("name is required");
    const plan: UsagePlan = { ...copy(input), apiStages: copy(input.apiStages ?? []), id: newUsagePlanId(), quotaSetAt: now };
    this.assertPlanValues(plan);
    this.assertStagesExist(plan);
    this.commit(["putPlan", plan]);
    return copy(plan);
  }

  getUsagePlan(id: string): UsagePlan {
    return copy(this.registry.plan(id));
  }

  listUsagePlans(filter: { keyId?: string } = {}): UsagePlan[] {
    const plans = filter.keyId ? [...this.registry.planIdsOf(filter.keyId)].map((id) => this.registry.plan(id)) : [...this.registry.plans.values()];
    return plans.map(copy);
  }

  updateUsagePlan(id: string, changes: UsagePlanChanges, now = Date.now()): UsagePlan {
    const current = this.registry.plan(id);
    if (!changes.name) throw new BadRequestError("name must not be empty");
    const quotaChanged = JSON.stringify(current.quota) !== JSON.stringify(changes.quota);
    const next: UsagePlan = { ...copy(changes), id, quotaSetAt: quotaChanged ? now : current.quotaSetAt };
    this.assertPlanValues(next);
    this.assertStagesExist(next);
    this.registry.assertStagesFit(id, next.apiStages);
    this.commit(["putPlan", next]);
    this.buckets.applyPlan(next, now);
    return copy(next);
  }

  /** As in AWS, a plan still attached to API stages cannot be deleted: remove its stages first. */
  deleteUsagePlan(id: string): void {
    const attached = this.registry.plan(id).apiStages[0];
    if (attached) {
      throw new BadRequestError(
        `Cannot delete Usage Plan ${id} because there are API Stages associated with it, including ${attached.apiId}:${attached.stage}`,
      );
    }
    this.commit(["deletePlan", id]);
    this.buckets.forget({ usagePlanId: id });
  }

  // ── API keys ──────────────────────────────────────────────────────────────
  createApiKey(input: NewApiKey, now = Date.now()): ApiKey {
    assertKeyNameAndDescription(input.name, input.description);
    // An empty value or name counts as none (recorded: AWS generates the value, and answers no name).
    const value = input.value || newApiKeyValue();
    assertKeyValue(value);
    if (this.registry.keyByValue(value)) throw new ConflictError("API Key value already exists");
    (input.stageKeys ?? []).forEach(assertStageKey);
    const key: ApiKey = {
      ...copy(input),
      name: input.name || undefined,
      id: newApiKeyId(),
      value,
      enabled: input.enabled ?? false,
      createdDate: now,
      lastUpdatedDate: now,
      stageKeys: [...(input.stageKeys ?? [])],
    };
    this.commit(["putKey", key]);
    return copy(key);
  }

  getApiKey(id: string): ApiKey {
    return copy(this.registry.key(id));
  }

  listApiKeys(filter: { nameQuery?: string; customerId?: string } = {}): ApiKey[] {
    return [...this.registry.keys.values()]
      .filter((key) => !filter.nameQuery || (key.name ?? "").startsWith(filter.nameQuery))
      .filter((key) => !filter.customerId || key.customerId === filter.customerId)
      .map(copy);
  }

  updateApiKey(id: string, changes: Partial<ApiKeyChanges>, now = Date.now()): ApiKey {
    const current = this.registry.key(id);
    assertKeyNameAndDescription(changes.name, changes.description);
    (changes.stageKeys ?? []).forEach(assertStageKey);
    const next: ApiKey = { ...current, ...copy(changes), lastUpdatedDate: now };
    this.commit(["putKey", next]);
    return copy(next);
  }

  deleteApiKey(id: string): void {
    this.registry.key(id);
    this.commit(["deleteKey", id]);
    this.buckets.forget({ keyId: id });
  }

  // ── keys in plans ─────────────────────────────────────────────────────────
  addKeyToPlan(usagePlanId: string, keyId: string): ApiKey {
    this.registry.assertCanAddKeyToPlan(usagePlanId, keyId);
    this.commit(["addPlanKey", usagePlanId, keyId]);
    return this.getApiKey(keyId);
  }

  /** An unknown plan has no keys: AWS answers it with an empty list, not NotFound (recorded, get-up-keys-bad-usage-plan). */
  listPlanKeys(usagePlanId: string, nameQuery?: string): ApiKey[] {
    if (!this.registry.plans.has(usagePlanId)) return [];
    return [...this.registry.keyIdsOf(usagePlanId)]
      .map((keyId) => this.registry.key(keyId))
      .filter((key) => !nameQuery || (key.name ?? "").startsWith(nameQuery))
      .map(copy);
  }

  getPlanKey(usagePlanId: string, keyId: string): ApiKey {
    this.assertKeyInPlan(usagePlanId, keyId);
    return this.getApiKey(keyId);
  }

  removeKeyFromPlan(usagePlanId: string, keyId: string): void {
    this.registry.assertKeyInPlan(usagePlanId, keyId);
    this.commit(["removePlanKey", usagePlanId, keyId]);
  }

  // ── usage ─────────────────────────────────────────────────────────────────
  /** `[used, remaining]` per UTC day `startDay..endDay` (epoch days) for each key of the plan, by key id. */
  getUsage(usagePlanId: string, range: { startDay: number; endDay: number; keyId?: string }): KeyUsage[] {
    const plan = this.registry.plan(usagePlanId);
    if (range.endDay < range.startDay) throw new BadRequestError("endDate must not be before startDate");
    const keyIds = [...this.registry.keyIdsOf(usagePlanId)].filter((id) => !range.keyId || id === range.keyId).sort();
    return keyIds.map((keyId) => {
      const days: KeyUsage["days"] = [];
      for (let day = range.startDay; day <= range.endDay; day++) {
        const endOfDay = day * DAY_MS + DAY_MS - 1;
        // Without a quota nothing is metered against a limit: remaining is reported as 0.
        days.push([this.ledger.usedOn(plan.id, keyId, day), plan.quota ? Math.max(0, this.remaining(plan, keyId, endOfDay)) : 0]);
      }
      return { keyId, days };
    });
  }

  /** UpdateUsage `replace /remaining`: sets what the key may still use in the current period. */
  setRemaining(usagePlanId: string, keyId: string, remaining: number, now = Date.now()): KeyUsage {
    const plan = this.assertKeyInPlan(usagePlanId, keyId);
    if (!plan.quota) throw new BadRequestError(`Usage Plan ${usagePlanId} has no quota to update`);
    if (!Number.isInteger(remaining) || remaining < 0) throw new BadRequestError(`remaining must be an integer >= 0, got ${remaining}`);
    const start = periodStart(now, plan.quota.period);
    const grant = this.ledger.grantFor(plan.id, keyId, start);
    this.commit(["setGrant", plan.id, keyId, start, grant + remaining - this.remaining(plan, keyId, now)]);
    const today = epochDay(now);
    return this.getUsage(usagePlanId, { startDay: today, endDay: today, keyId })[0]!;
  }

  /**
   * Writes a snapshot of everything so far and waits until it is on disk (fsynced): what a power
   * loss cannot take either. No-op without a data directory. Changes survive a kill without it.
   */
  async flush(): Promise<void> {
    await this.persistence?.flush();
  }

  async close(): Promise<void> {
    await this.persistence?.close();
  }

  private remaining(plan: UsagePlan, keyId: string, now: number): number {
    const quota = plan.quota!;
    const start = periodStart(now, quota.period);
    const used = this.ledger.usedBetween(plan.id, keyId, epochDay(start), epochDay(now));
    return effectiveLimit(quota, plan.quotaSetAt, now) + this.ledger.grantFor(plan.id, keyId, start) - used;
  }

  private assertKeyInPlan(usagePlanId: string, keyId: string): UsagePlan {
    const plan = this.registry.plan(usagePlanId);
    this.registry.key(keyId);
    if (!this.registry.keyIdsOf(usagePlanId).has(keyId)) {
      throw new NotFoundError(`Invalid API Key identifier specified: ${keyId} is not in Usage Plan ${usagePlanId}`);
    }
    return plan;
  }

  private assertStagesExist(plan: UsagePlan): void {
    const unknown = plan.apiStages.find((s) => !this.stageExists(s.apiId, s.stage));
    // AWS's own wording (seen in aws-cdk#6169).
    if (unknown) throw new BadRequestError(`Invalid API Stage {api: ${unknown.apiId}, stage: ${unknown.stage}} specified for usageplan ${plan.id}`);
  }

  private assertPlanValues(plan: UsagePlan): void {
    assertThrottle(plan.throttle, "throttle");
    assertQuota(plan.quota);
    assertApiStages(plan.apiStages);
  }

  /** Write-ahead: journal the change, then apply it (the same `applyRecord` replays it after a restart). */
  private commit(record: JournalRecord): void {
    this.persistence?.append(record);
    applyRecord(record, this.registry, this.ledger);
  }
}
