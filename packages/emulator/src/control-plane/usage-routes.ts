import { epochDay, parseEpochDay } from "@linkgate/utc-calendar";
import type { UsagePlanStore } from "../usage/usage-plan-store";
import { badRequest } from "./control-plane-errors";
import { paginate } from "./paging";
import { parsePatchOperations, remainingFromPatch } from "./patch-operations";
import { renderUsage } from "./render";
import type { Route } from "./route-table";

/** Longest GetUsage range served, to keep one response bounded (AWS keeps usage data for 90 days). */
const MAX_DAYS = 366;

function dayParam(query: URLSearchParams, name: string): number {
  const text = query.get(name);
  if (!text) throw badRequest(`${name} is required (YYYY-MM-DD)`);
  const day = parseEpochDay(text);
  if (day === undefined) throw badRequest(`${name} must be a date YYYY-MM-DD, got "${text}"`);
  return day;
}

/** GetUsage and UpdateUsage. */
export function usageRoutes(store: UsagePlanStore): Route[] {
  return [
    {
      method: "GET",
      template: "/usageplans/{usagePlanId}/usage",
      handler: ({ params, query }) => {
        const startDay = dayParam(query, "startDate");
        const endDay = dayParam(query, "endDate");
        if (endDay < startDay) throw badRequest("endDate must not be before startDate");
        if (endDay - startDay + 1 > MAX_DAYS) throw badRequest(`The date range must not exceed ${MAX_DAYS} days`);
        const usage = store.getUsage(params.usagePlanId!, { startDay, endDay, keyId: query.get("keyId") ?? undefined });
        const page = paginate(usage, query);
        return { status: 200, body: renderUsage(params.usagePlanId!, startDay, endDay, page.items, page.position) };
      },
    },
    {
      method: "PATCH",
      template: "/usageplans/{usagePlanId}/keys/{keyId}/usage",
      handler: ({ params, body }) => {
        const now = Date.now();
        const usage = store.setRemaining(params.usagePlanId!, params.keyId!, remainingFromPatch(parsePatchOperations(body)), now);
        return { status: 200, body: renderUsage(params.usagePlanId!, epochDay(now), epochDay(now), [usage]) };
      },
    },
  ];
}
