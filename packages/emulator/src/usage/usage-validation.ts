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

export function assertKeyValue(value: string): void {
  if (value.length < 20 || value.length > 128) {
    throw new BadRequestError(`API key value must be 20 to 128 characters long, got ${value.length}`);
  }
  if (!/^[\x21-\x7e]+$/.test(value)) throw new BadRequestError("API key value must be printable ASCII without spaces");
}

export function assertStageKey(stageKey: string): void {
  if (!/^[^/\s]+\/[^/\s]+$/.test(stageKey)) {
    throw new BadRequestError(`stage key must be "restApiId/stageName", got "${stageKey}"`);
  }
}
