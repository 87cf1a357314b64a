import type { UsagePlanStore } from "../usage/usage-plan-store";
import { badRequest } from "./control-plane-errors";
import { paginate } from "./paging";
import { renderUsagePlanKey } from "./render";
import { onlyFields, optionalString, requiredString } from "./request-input";
import type { Route } from "./route-table";

/** CreateUsagePlanKey, GetUsagePlanKeys, GetUsagePlanKey, DeleteUsagePlanKey. */
export function usagePlanKeyRoutes(store: UsagePlanStore): Route[] {
  return [
    {
      method: "POST",
      template: "/usageplans/{usagePlanId}/keys",
      handler: ({ params, body }) => {
        onlyFields(body, ["keyId", "keyType"], "CreateUsagePlanKey");
        const keyType = optionalString(body, "keyType");
        if (keyType !== "API_KEY") throw badRequest(`keyType must be API_KEY, got ${JSON.stringify(keyType ?? null)}`);
        return { status: 201, body: renderUsagePlanKey(store.addKeyToPlan(params.usagePlanId!, requiredString(body, "keyId"))) };
      },
    },
    {
      method: "GET",
      template: "/usageplans/{usagePlanId}/keys",
      handler: ({ params, query }) => {
        const keys = store.listPlanKeys(params.usagePlanId!, query.get("name") ?? query.get("nameQuery") ?? undefined);
        const page = paginate(keys, query);
        return { status: 200, body: { item: page.items.map(renderUsagePlanKey), position: page.position } };
      },
    },
    {
      method: "GET",
      template: "/usageplans/{usagePlanId}/keys/{keyId}",
      handler: ({ params }) => ({ status: 200, body: renderUsagePlanKey(store.getPlanKey(params.usagePlanId!, params.keyId!)) }),
    },
    {
      method: "DELETE",
      template: "/usageplans/{usagePlanId}/keys/{keyId}",
      handler: ({ params }) => {
        store.removeKeyFromPlan(params.usagePlanId!, params.keyId!);
        return { status: 202 };
      },
    },
  ];
}
