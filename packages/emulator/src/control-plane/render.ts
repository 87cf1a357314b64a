import { formatEpochDay } from "@linkgate/utc-calendar";
import type { ApiKey, KeyUsage, UsagePlan } from "../usage/usage-model";

/**
 * Responses in the management API's JSON shapes: lists travel as `item` (the SDK names them
 * `items`), usage as `values`; timestamps are epoch seconds, as AWS sends them.
 */
const seconds = (ms: number) => Math.floor(ms / 1000);

/**
 * GetUsagePlan, UpdateUsagePlan and UpdateApiKey answer `tags: {}` for a resource without tags, where
 * the Create* answers and list items leave `tags` out (recorded: LocalStack test_apigateway_common.py
 * ::TestUsagePlans::test_usage_plan_crud and ::test_api_key_required_for_methods).
 */
export function withTags<T extends { tags?: Record<string, string> | undefined }>(rendered: T): T & { tags: Record<string, string> } {
  return { ...rendered, tags: rendered.tags ?? {} };
}

export function renderUsagePlan(plan: UsagePlan) {
  return {
    id: plan.id,
    name: plan.name,
    description: plan.description,
    apiStages: plan.apiStages,
    throttle: plan.throttle,
    quota: plan.quota,
    tags: plan.tags,
  };
}

export function renderApiKey(key: ApiKey, includeValue: boolean) {
  return {
    id: key.id,
    value: includeValue ? key.value : undefined,
    name: key.name,
    customerId: key.customerId,
    description: key.description,
    enabled: key.enabled,
    createdDate: seconds(key.createdDate),
    lastUpdatedDate: seconds(key.lastUpdatedDate),
    stageKeys: key.stageKeys,
    tags: key.tags,
  };
}

export function renderUsagePlanKey(key: ApiKey) {
  return { id: key.id, type: "API_KEY", value: key.value, name: key.name };
}

export function renderUsage(usagePlanId: string, startDay: number, endDay: number, usage: KeyUsage[], position?: string) {
  return {
    usagePlanId,
    startDate: formatEpochDay(startDay),
    endDate: formatEpochDay(endDay),
    position,
    values: Object.fromEntries(usage.map(({ keyId, days }) => [keyId, days])),
  };
}
