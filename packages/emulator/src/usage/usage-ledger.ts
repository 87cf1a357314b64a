import { formatEpochDay, parseEpochDay } from "@linkgate/utc-calendar";

/** Extra quota granted by UpdateUsage for one period (can be negative: it sets `remaining`). */
interface Grant {
  periodStart: number;
  extra: number;
}

export interface LedgerSnapshot {
  /** usagePlanId → apiKeyId → `YYYY-MM-DD` → requests counted. */
  counts: Record<string, Record<string, Record<string, number>>>;
  /** usagePlanId → apiKeyId → grant for the period starting at `periodStart` (epoch ms). */
  grants: Record<string, Record<string, Grant>>;
}

/** Requests counted per usage plan, per key, per UTC day; plus UpdateUsage grants. In memory. */
export class UsageLedger {
  private readonly counts = new Map<string, Map<string, Map<number, number>>>();
  private readonly grants = new Map<string, Map<string, Grant>>();
  /** Per key's day map: the last period total asked for, kept current by `record` (hot path). */
  private readonly periodTotals = new WeakMap<Map<number, number>, { fromDay: number; toDay: number; used: number }>();

  /** Counts one request on UTC day `day` (epoch days). */
  record(usagePlanId: string, keyId: string, day: number): void {
    const days = this.daysOf(usagePlanId, keyId, true);
    days.set(day, (days.get(day) ?? 0) + 1);
    const total = this.periodTotals.get(days);
    if (total && day >= total.fromDay && day <= total.toDay) total.used++;
  }

  /** Requests counted on UTC days `fromDay`..`toDay` inclusive. */
  usedBetween(usagePlanId: string, keyId: string, fromDay: number, toDay: number): number {
    const days = this.daysOf(usagePlanId, keyId, false);
    if (!days) return 0;
    const cached = this.periodTotals.get(days);
    if (cached?.fromDay === fromDay && cached.toDay === toDay) return cached.used;
    let used = 0;
    for (let day = fromDay; day <= toDay; day++) used += days.get(day) ?? 0;
    this.periodTotals.set(days, { fromDay, toDay, used });
    return used;
  }

  usedOn(usagePlanId: string, keyId: string, day: number): number {
    return this.daysOf(usagePlanId, keyId, false)?.get(day) ?? 0;
  }

  grantFor(usagePlanId: string, keyId: string, periodStart: number): number {
    const grant = this.grants.get(usagePlanId)?.get(keyId);
    return grant?.periodStart === periodStart ? grant.extra : 0;
  }

  setGrant(usagePlanId: string, keyId: string, periodStart: number, extra: number): void {
    let byKey = this.grants.get(usagePlanId);
    if (!byKey) this.grants.set(usagePlanId, (byKey = new Map()));
    byKey.set(keyId, { periodStart, extra });
  }

  forgetPlan(usagePlanId: string): void {
    this.counts.delete(usagePlanId);
    this.grants.delete(usagePlanId);
  }

  forgetKey(keyId: string): void {
    for (const byKey of this.counts.values()) byKey.delete(keyId);
    for (const byKey of this.grants.values()) byKey.delete(keyId);
  }

  snapshot(): LedgerSnapshot {
    const counts: LedgerSnapshot["counts"] = {};
    for (const [planId, byKey] of this.counts) {
      counts[planId] = {};
      for (const [keyId, days] of byKey) {
        counts[planId][keyId] = Object.fromEntries([...days].map(([day, n]) => [formatEpochDay(day), n]));
      }
    }
    const grants: LedgerSnapshot["grants"] = {};
    for (const [planId, byKey] of this.grants) grants[planId] = Object.fromEntries(byKey);
    return { counts, grants };
  }

  static fromSnapshot(snapshot: LedgerSnapshot): UsageLedger {
    const ledger = new UsageLedger();
    for (const [planId, byKey] of Object.entries(snapshot.counts)) {
      for (const [keyId, days] of Object.entries(byKey)) {
        const target = ledger.daysOf(planId, keyId, true);
        for (const [text, n] of Object.entries(days)) {
          const day = parseEpochDay(text);
          if (day !== undefined) target.set(day, n);
        }
      }
    }
    for (const [planId, byKey] of Object.entries(snapshot.grants)) {
      for (const [keyId, grant] of Object.entries(byKey)) ledger.setGrant(planId, keyId, grant.periodStart, grant.extra);
    }
    return ledger;
  }

  private daysOf(usagePlanId: string, keyId: string, create: true): Map<number, number>;
  private daysOf(usagePlanId: string, keyId: string, create: false): Map<number, number> | undefined;
  private daysOf(usagePlanId: string, keyId: string, create: boolean): Map<number, number> | undefined {
    let byKey = this.counts.get(usagePlanId);
    if (!byKey) {
      if (!create) return undefined;
      this.counts.set(usagePlanId, (byKey = new Map()));
    }
    let days = byKey.get(keyId);
    if (!days && create) byKey.set(keyId, (days = new Map()));
    return days;
  }
}
