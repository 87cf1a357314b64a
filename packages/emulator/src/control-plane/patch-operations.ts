import type { ApiKeyChanges, ApiStage, ThrottleSettings, UsagePlan, UsagePlanChanges } from "../usage/usage-model";
import { quotaPeriods } from "../usage/usage-model";
import { badRequest, notFound } from "./control-plane-errors";
import { asObject, numberFromText, onlyFields, optionalArray, optionalString, type JsonObject } from "./request-input";

export interface PatchOperation {
  op: "add" | "remove" | "replace" | "move" | "copy" | "test";
  path: string;
  value?: string;
}

/** `{ patchOperations: [{ op, path, value, from }] }`, as the SDK sends every Update* call. */
export function parsePatchOperations(body: JsonObject): PatchOperation[] {
  onlyFields(body, ["patchOperations"], "patch request");
  return (optionalArray(body, "patchOperations") ?? []).map((entry, i) => {
    const where = `patchOperations[${i}]`;
    const object = asObject(entry, where);
    onlyFields(object, ["op", "path", "value", "from"], where);
    const op = optionalString(object, "op");
    const path = optionalString(object, "path");
    if (!op || !["add", "remove", "replace", "move", "copy", "test"].includes(op)) throw badRequest(`${where}.op must be add, remove or replace`);
    if (!path || !path.startsWith("/")) throw badRequest(`${where}.path must start with "/"`);
    return { op: op as PatchOperation["op"], path, value: optionalString(object, "value") };
  });
}

// AWS's wording for a path an operation does not take.
const unsupported = (operation: PatchOperation) => badRequest(`Invalid patch path '${operation.path}' specified for op '${operation.op}'`);

function requireValue(operation: PatchOperation): string {
  if (operation.value === undefined) throw badRequest(`Invalid patch operation: ${operation.op} ${operation.path} needs a value`);
  return operation.value;
}

/** JSON-pointer unescaping (`~1` is `/`, `~0` is `~`), used for resource paths inside patch paths. */
const unescapePointer = (segment: string) => segment.replaceAll("~1", "/").replaceAll("~0", "~");

function setThrottleField(throttle: ThrottleSettings | undefined, field: string, operation: PatchOperation): ThrottleSettings {
  if (field !== "rateLimit" && field !== "burstLimit") throw unsupported(operation);
  const next = { ...(throttle ?? { rateLimit: 0, burstLimit: 0 }) };
  next[field] = numberFromText(requireValue(operation), operation.path);
  return next;
}

/** UpdateUsagePlan: applies the operations to a copy of the plan. */
export function applyUsagePlanPatch(plan: UsagePlan, operations: PatchOperation[]): UsagePlanChanges {
  const { id: _id, quotaSetAt: _quotaSetAt, ...changes } = structuredClone(plan);
  for (const operation of operations) {
    const [, head, second, third, ...rest] = operation.path.split("/");
    const { op } = operation;
    if (op === "replace" && (head === "name" || head === "description") && second === undefined) {
      changes[head] = requireValue(operation);
    } else if (head === "throttle" && op === "remove" && second === undefined) {
      delete changes.throttle;
    } else if (head === "throttle" && op === "replace" && second && third === undefined) {
      changes.throttle = setThrottleField(changes.throttle, second, operation);
    } else if (head === "quota" && op === "remove" && second === undefined) {
      delete changes.quota;
    } else if (head === "quota" && op === "replace" && second && third === undefined) {
      const quota = { ...(changes.quota ?? { limit: 0, offset: 0, period: "MONTH" as const }) };
      const value = requireValue(operation);
      if (second === "period") {
        if (!(quotaPeriods as readonly string[]).includes(value)) throw badRequest("quota period must be DAY, WEEK or MONTH");
        quota.period = value as typeof quota.period;
      } else if (second === "limit" || second === "offset") {
        quota[second] = numberFromText(value, operation.path);
      } else throw unsupported(operation);
      changes.quota = quota;
    } else if (head === "apiStages" && second === undefined && (op === "add" || op === "remove")) {
      changes.apiStages = patchStageList(plan.id, changes.apiStages, op, operation.value);
    } else if (head === "apiStages" && second && third === "throttle") {
      const apiStage = changes.apiStages.find((s) => `${s.apiId}:${s.stage}` === second);
      if (!apiStage) throw badRequest(`Invalid patch operation: ${second} is not an API stage of this plan`);
      patchMethodThrottle(apiStage, rest, operation);
    } else throw unsupported(operation);
  }
  return changes;
}

/**
 * add/remove `/apiStages` with value `apiId:stage`. AWS's answers (recorded: LocalStack
 * test_apigateway_common.py::TestUsagePlans::test_usage_plan_crud): no value or one without `:` →
 * BadRequest "Invalid API Stage specified"; removing a stage the plan lacks → NotFound naming it.
 */
function patchStageList(planId: string, apiStages: ApiStage[], op: "add" | "remove", value: string | undefined): ApiStage[] {
  const match = value === undefined ? null : /^([^:]+):(.+)$/.exec(value);
  if (!match) throw badRequest("Invalid API Stage specified");
  const [, apiId, stage] = match as unknown as [string, string, string];
  const exists = apiStages.some((s) => s.apiId === apiId && s.stage === stage);
  if (op === "add") {
    if (exists) throw badRequest(`API stage ${value} is already in this plan`);
    return [...apiStages, { apiId, stage }];
  }
  if (!exists) throw notFound(`Invalid API Stage {api: ${apiId}, stage: ${stage}} specified for usageplan ${planId}`);
  return apiStages.filter((s) => !(s.apiId === apiId && s.stage === stage));
}

/** `/apiStages/{apiId}:{stage}/throttle[/{~1escaped~1path}/{VERB}[/rateLimit|burstLimit]]`. */
function patchMethodThrottle(apiStage: ApiStage, rest: string[], operation: PatchOperation): void {
  if (rest.length === 0 && operation.op === "remove") {
    delete apiStage.throttle;
    return;
  }
  const [escapedPath, verb, field] = rest;
  if (!escapedPath || !verb || rest.length > 3) throw unsupported(operation);
  const methodKey = `${unescapePointer(escapedPath)}/${verb}`;
  const throttle = { ...(apiStage.throttle ?? {}) };
  if (operation.op === "remove" && field === undefined) {
    delete throttle[methodKey];
  } else if ((operation.op === "replace" || operation.op === "add") && field !== undefined) {
    throttle[methodKey] = setThrottleField(throttle[methodKey], field, operation);
  } else throw unsupported(operation);
  apiStage.throttle = throttle;
}

/**
 * AWS's answer to an API key path it does not take, two spaces and all (recorded: LocalStack
 * test_apigateway_extended.py::TestApigatewayApiKeysCrud::test_update_api_key_immutable_field).
 */
const unsupportedKeyPath = (operation: PatchOperation) =>
  badRequest(`Invalid patch path  '${operation.path}' specified for op '${operation.op}'. Must be one of: [/description, /enabled, /name, /customerId]`);

/**
 * UpdateApiKey: `/enabled`, `/name`, `/description`, `/customerId`, add/remove `/stages`. `/enabled`
 * is true only for `true` (any case): AWS answers `not-a-boolean` with a disabled key, not an error
 * (recorded: test_update_api_key_invalid_enabled_type).
 */
export function applyApiKeyPatch(current: ApiKeyChanges, operations: PatchOperation[]): Partial<ApiKeyChanges> {
  const { name, description, customerId, enabled, stageKeys } = current;
  const changes: ApiKeyChanges = { name, description, customerId, enabled, stageKeys: [...stageKeys] };
  for (const operation of operations) {
    const field = operation.path.slice(1);
    if (operation.op === "replace" && field === "enabled") changes.enabled = requireValue(operation).toLowerCase() === "true";
    else if (operation.op === "replace" && (field === "name" || field === "description" || field === "customerId")) changes[field] = requireValue(operation);
    else if (operation.op === "add" && field === "stages") changes.stageKeys = [...new Set([...changes.stageKeys, requireValue(operation)])];
    else if (operation.op === "remove" && field === "stages") changes.stageKeys = changes.stageKeys.filter((s) => s !== requireValue(operation));
    else throw unsupportedKeyPath(operation);
  }
  return changes;
}

/** UpdateUsage: only `replace /remaining` is meaningful; returns the new remaining count. */
export function remainingFromPatch(operations: PatchOperation[]): number {
  const operation = operations.find((o) => o.path === "/remaining");
  if (!operation || operation.op !== "replace" || operations.length !== 1) {
    throw badRequest("UpdateUsage takes exactly one operation: replace /remaining");
  }
  return numberFromText(requireValue(operation), "/remaining");
}
