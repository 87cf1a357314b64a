import type { UsagePlanStore } from "../usage/usage-plan-store";
import { paginate } from "./paging";
import { applyUsagePlanPatch, parsePatchOperations } from "./patch-operations";
import { renderUsagePlan, withTags } from "./render";
import type { Route } from "./route-table";
import { parseNewUsagePlan } from "./usage-plan-input";

/** CreateUsagePlan, GetUsagePlans, GetUsagePlan, UpdateUsagePlan, DeleteUsagePlan. */
export function usagePlanRoutes(store: UsagePlanStore): Route[] {
  return [
    {
      method: "POST",
      template: "/usageplans",
      handler: ({ body }) => ({ status: 201, body: renderUsagePlan(store.createUsagePlan(parseNewUsagePlan(body))) }),
    },
    {
      method: "GET",
      template: "/usageplans",
      handler: ({ query }) => {
        const page = paginate(store.listUsagePlans({ keyId: query.get("keyId") ?? undefined }), query);
        return { status: 200, body: { item: page.items.map(renderUsagePlan), position: page.position } };
      },
    },
    {
      method: "GET",
      template: "/usageplans/{usagePlanId}",
      handler: ({ params }) => ({ status: 200, body: withTags(renderUsagePlan(store.getUsagePlan(params.usagePlanId!))) }),
    },
    {
      method: "PATCH",
      template: "/usageplans/{usagePlanId}",
      handler: ({ params, body }) => {
        const id = params.usagePlanId!;
        const changes = applyUsagePlanPatch(store.getUsagePlan(id), parsePatchOperations(body));
        return { status: 200, body: withTags(renderUsagePlan(store.updateUsagePlan(id, changes))) };
      },
    },
    {
      method: "DELETE",
      template: "/usageplans/{usagePlanId}",
      handler: ({ params }) => {
        store.deleteUsagePlan(params.usagePlanId!);
        return { status: 202 };
      },
    },
  ];
}
