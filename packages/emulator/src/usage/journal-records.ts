import type { UsageLedger } from "./usage-ledger";
import type { ApiKey, UsagePlan } from "./usage-model";
import type { UsageRegistry } from "./usage-registry";

/**
 * One change to the usage state, as the journal keeps it: one JSON array per line. Records say what
 * the state became (the plan as saved, the grant as set), never what was asked, so replaying them
 * needs no validation, no clock and no id generator: `applyRecord` is the one place that changes
 * the state, live and on replay alike.
 */
export type JournalRecord =
  | [op: "admit", usagePlanId: string, keyId: string, epochDay: number]
  | [op: "putPlan", plan: UsagePlan]
  | [op: "deletePlan", usagePlanId: string]
  | [op: "putKey", key: ApiKey]
  | [op: "deleteKey", keyId: string]
  | [op: "addPlanKey", usagePlanId: string, keyId: string]
  | [op: "removePlanKey", usagePlanId: string, keyId: string]
  | [op: "setGrant", usagePlanId: string, keyId: string, periodStart: number, extra: number];

export function encodeRecord(record: JournalRecord): string {
  // The hot path's record is built by hand: ids are the store's own lowercase alphanumerics
  // (identifiers.ts), nothing to escape, and this saves a JSON.stringify per admitted request.
  if (record[0] === "admit") return `["admit","${record[1]}","${record[2]}",${record[3]}]\n`;
  return `${JSON.stringify(record)}\n`;
}

const isId = (value: unknown): value is string => typeof value === "string" && value.length > 0;
const isNumber = (value: unknown): value is number => typeof value === "number" && Number.isFinite(value);
const isEntity = (value: unknown): boolean => typeof value === "object" && value !== null && isId((value as { id?: unknown }).id);

/** The shape each op must have; anything else is a corrupt (or newer) journal. */
const shapes: Record<JournalRecord[0], (args: unknown[]) => boolean> = {
  admit: ([plan, key, day, ...rest]) => isId(plan) && isId(key) && Number.isInteger(day) && rest.length === 0,
  putPlan: ([plan, ...rest]) => isEntity(plan) && rest.length === 0,
  deletePlan: ([plan, ...rest]) => isId(plan) && rest.length === 0,
  putKey: ([key, ...rest]) => isEntity(key) && rest.length === 0,
  deleteKey: ([key, ...rest]) => isId(key) && rest.length === 0,
  addPlanKey: ([plan, key, ...rest]) => isId(plan) && isId(key) && rest.length === 0,
  removePlanKey: ([plan, key, ...rest]) => isId(plan) && isId(key) && rest.length === 0,
  setGrant: ([plan, key, start, extra, ...rest]) => isId(plan) && isId(key) && isNumber(start) && isNumber(extra) && rest.length === 0,
};

/** Parses one journal line; throws a message saying what is wrong with it (the caller adds where). */
export function parseRecord(line: string): JournalRecord {
  const value: unknown = JSON.parse(line);
  if (!Array.isArray(value) || typeof value[0] !== "string") throw new Error("not a journal record (a JSON array starting with an op name)");
  const [op, ...args] = value as [string, ...unknown[]];
  const shape = Object.hasOwn(shapes, op) ? shapes[op as JournalRecord[0]] : undefined;
  if (!shape) throw new Error(`unknown op "${op}" (written by a newer emulator?)`);
  if (!shape(args)) throw new Error(`malformed "${op}" record`);
  return value as JournalRecord;
}

/** Applies one change. The store validated it before journalling it, so this does not fail on a consistent state. */
export function applyRecord(record: JournalRecord, registry: UsageRegistry, ledger: UsageLedger): void {
  switch (record[0]) {
    case "admit":
      return ledger.record(record[1], record[2], record[3]);
    case "putPlan":
      return registry.putPlan(record[1]);
    case "deletePlan":
      registry.deletePlan(record[1]);
      return ledger.forgetPlan(record[1]);
    case "putKey":
      return registry.putKey(record[1]);
    case "deleteKey":
      registry.deleteKey(record[1]);
      return ledger.forgetKey(record[1]);
    case "addPlanKey":
      return registry.addKeyToPlan(record[1], record[2]);
    case "removePlanKey":
      return registry.removeKeyFromPlan(record[1], record[2]);
    case "setGrant":
      return ledger.setGrant(record[1], record[2], record[3], record[4]);
  }
}
