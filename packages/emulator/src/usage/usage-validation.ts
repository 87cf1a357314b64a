import { BadRequestError } from "./usage-errors";
import type { ApiStage, QuotaSettings, ThrottleSettings } from "./usage-model";

/** Value rules for plans and keys; the one place their 4xx messages are written. */
export function assertThrottle(throttle: ThrottleSettings | undefined, where: string): void {
  if (!throttle) return;
  if (!Number.isFinite(throttle.rateLimit) || throttle.rateLimit < 0) {
    throw new BadRequestError(`${where}: rateLimit must be a number >= 0, got ${throttle.rateLimit}`);
  }
  if (!Number.isInteger(throttle.burstLimit) || throttle.burstLimit < 0) {
    throw new BadRequestError(`${where}: burstLimit must be an integer >= 0, got ${throttle.burstLimit}`);
  }
}

export function assertQuota(quota: QuotaSettings | undefined): void {
  if (!quota) return;
  if (!Number.isInteger(quota.limit) || quota.limit < 0) {
    throw new BadRequestError(`quota: limit must be an integer >= 0, got ${quota.limit}`);
  }
  if (!Number.isInteger(quota.offset) || quota.offset < 0 || quota.offset >= Math.max(1, quota.limit)) {
    throw new BadRequestError(`quota: offset must be an integer from 0 to limit - 1, got ${quota.offset}`);
  }
  if (!["DAY", "WEEK", "MONTH"].includes(quota.period)) {
    throw new BadRequestError(`quota: period must be DAY, WEEK or MONTH, got ${String(quota.period)}`);
  }
}

export function assertApiStages(apiStages: ApiStage[]): void {
  const seen = new Set<string>();
  for (const apiStage of apiStages) {
    if (!apiStage.apiId || !apiStage.stage) throw new BadRequestError("apiStages: each entry needs apiId and stage");
    const id = `${apiStage.apiId}:${apiStage.stage}`;
    if (seen.has(id)) throw new BadRequestError(`apiStages: ${id} is listed twice`);
    seen.add(id);
    for (const [methodKey, throttle] of Object.entries(apiStage.throttle ?? {})) {
      if (!/^\/.*\/[A-Z*]+$/.test(methodKey)) {
        throw new BadRequestError(`apiStages ${id}: throttle key must look like "/path/VERB", got "${methodKey}"`);
      }
      assertThrottle(throttle, `apiStages ${id} throttle ${methodKey}`);
    }
  }
}

/** AWS's own messages (recorded: LocalStack test_apigateway_extended.py::TestApigatewayApiKeysCrud). */
export function assertKeyValue(value: string): void {
  if (value.length < 20) throw new BadRequestError("API Key value should be at least 20 characters");
  if (value.length > 128) throw new BadRequestError("API Key value exceeds maximum size of 128 characters");
  if (!/^[\x21-\x7e]+$/.test(value)) throw new BadRequestError("API key value must be printable ASCII without spaces");
}

export const MAX_KEY_NAME_LENGTH = 1024;
/** AWS refuses a 125,001-character description (recorded) and documents none; 125,000 is the reading. */
export const MAX_KEY_DESCRIPTION_LENGTH = 125_000;

export function assertKeyNameAndDescription(name: string | undefined, description: string | undefined): void {
  if (name !== undefined && name.length > MAX_KEY_NAME_LENGTH) throw new BadRequestError(`Invalid API Key name, can be at most ${MAX_KEY_NAME_LENGTH} characters.`);
  if (description !== undefined && description.length > MAX_KEY_DESCRIPTION_LENGTH) throw new BadRequestError("Invalid API Key description specified.");
}

export function assertStageKey(stageKey: string): void {
  if (!/^[^/\s]+\/[^/\s]+$/.test(stageKey)) {
    throw new BadRequestError(`stage key must be "restApiId/stageName", got "${stageKey}"`);
  }
}
