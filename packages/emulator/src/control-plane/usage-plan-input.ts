import type { ApiStage, NewUsagePlan, QuotaSettings, ThrottleSettings } from "../usage/usage-model";
import { quotaPeriods } from "../usage/usage-model";
import { badRequest } from "./control-plane-errors";
import {
  asObject,
  onlyFields,
  optionalArray,
  optionalNumber,
  optionalString,
  optionalStringMap,
  requiredString,
  type JsonObject,
} from "./request-input";

/** CreateUsagePlan's body (name, description, apiStages, throttle, quota, tags). */
export function parseNewUsagePlan(body: JsonObject): NewUsagePlan {
  onlyFields(body, ["name", "description", "apiStages", "throttle", "quota", "tags"], "CreateUsagePlan");
  return {
    name: requiredString(body, "name"),
    description: optionalString(body, "description"),
    apiStages: (optionalArray(body, "apiStages") ?? []).map((entry, i) => parseApiStage(entry, `apiStages[${i}]`)),
    throttle: body.throttle == null ? undefined : parseThrottle(body.throttle, "throttle"),
    quota: body.quota == null ? undefined : parseQuota(body.quota),
    tags: optionalStringMap(body, "tags"),
  };
}

function parseApiStage(value: unknown, where: string): ApiStage {
  const object = asObject(value, where);
  onlyFields(object, ["apiId", "stage", "throttle"], where);
  const apiStage: ApiStage = { apiId: requiredString(object, "apiId"), stage: requiredString(object, "stage") };
  if (object.throttle != null) {
    const byMethod = asObject(object.throttle, `${where}.throttle`);
    apiStage.throttle = Object.fromEntries(
      Object.entries(byMethod).map(([methodKey, throttle]) => [methodKey, parseThrottle(throttle, `${where}.throttle["${methodKey}"]`)]),
    );
  }
  return apiStage;
}

export function parseThrottle(value: unknown, where: string): ThrottleSettings {
  const object = asObject(value, where);
  onlyFields(object, ["rateLimit", "burstLimit"], where);
  const rateLimit = optionalNumber(object, "rateLimit");
  const burstLimit = optionalNumber(object, "burstLimit");
  if (rateLimit === undefined || burstLimit === undefined) throw badRequest(`${where} needs both rateLimit and burstLimit`);
  return { rateLimit, burstLimit };
}

function parseQuota(value: unknown): QuotaSettings {
  const object = asObject(value, "quota");
  onlyFields(object, ["limit", "offset", "period"], "quota");
  const limit = optionalNumber(object, "limit");
  const period = optionalString(object, "period");
  if (limit === undefined) throw badRequest("quota.limit is required");
  if (!period || !(quotaPeriods as readonly string[]).includes(period)) throw badRequest("quota.period must be DAY, WEEK or MONTH");
  return { limit, offset: optionalNumber(object, "offset") ?? 0, period: period as QuotaSettings["period"] };
}
