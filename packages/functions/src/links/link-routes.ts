import { resolveDayRange, type CreateLinkBody, type DayRangeQuery, type UpdateLinkBody } from "@linkgate/contract";
import type { Caller, Core } from "@linkgate/core";
import { metrics } from "../runtime";
import { MetricUnit } from "@aws-lambda-powertools/metrics";
import { linkPageView, linkView } from "./link-view";

/**
 * Link operations shared by the partner (`/v1/links`) and user (`/me/links`) routes: the same
 * service calls, scoped to the caller by core. Handlers stay a line each.
 */
export async function createLinkFor(core: Core, caller: Caller, body: CreateLinkBody, idempotencyKey: string | undefined) {
  const link = await core.links.create(
    caller,
    { target: body.target, ...(body.alias !== undefined ? { alias: body.alias } : {}), ...(body.expiresAt !== undefined ? { expiresAt: body.expiresAt } : {}) },
    idempotencyKey ? { idempotencyKey } : {},
  );
  metrics.addMetric("LinksCreated", MetricUnit.Count, 1);
  return { status: 201 as const, body: linkView(link) };
}

export async function updateLinkFor(core: Core, caller: Caller, code: string, body: UpdateLinkBody) {
  const link = await core.links.update(caller, code, {
    ...(body.target !== undefined ? { target: body.target } : {}),
    ...(body.expiresAt !== undefined ? { expiresAt: body.expiresAt } : {}),
  });
  return { status: 200 as const, body: linkView(link) };
}

export async function linkStatsFor(core: Core, caller: Caller, code: string, query: DayRangeQuery) {
  return { status: 200 as const, body: await core.links.stats(caller, code, resolveDayRange(query)) };
}

export { linkPageView, linkView };
