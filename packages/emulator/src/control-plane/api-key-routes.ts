import type { UsagePlanStore } from "../usage/usage-plan-store";
import { parseNewApiKey } from "./api-key-input";
import { paginate } from "./paging";
import { applyApiKeyPatch, parsePatchOperations } from "./patch-operations";
import { renderApiKey, withTags } from "./render";
import { booleanFromText } from "./request-input";
import type { Route } from "./route-table";

/** CreateApiKey, GetApiKeys, GetApiKey, UpdateApiKey, DeleteApiKey. */
export function apiKeyRoutes(store: UsagePlanStore): Route[] {
  return [
    {
      method: "POST",
      template: "/apikeys",
      handler: ({ body }) => ({ status: 201, body: renderApiKey(store.createApiKey(parseNewApiKey(body)), true) }),
    },
    {
      method: "GET",
      template: "/apikeys",
      handler: ({ query }) => {
        const includeValues = booleanFromText(query.get("includeValues"), "includeValues");
        // The SDK sends GetApiKeys' nameQuery as `name`.
        const nameQuery = query.get("name") ?? query.get("nameQuery") ?? undefined;
        const keys = store.listApiKeys({ nameQuery, customerId: query.get("customerId") ?? undefined });
        const page = paginate(keys, query);
        return { status: 200, body: { item: page.items.map((key) => renderApiKey(key, includeValues)), position: page.position } };
      },
    },
    {
      method: "GET",
      template: "/apikeys/{apiKey}",
      handler: ({ params, query }) => ({
        status: 200,
        body: renderApiKey(store.getApiKey(params.apiKey!), booleanFromText(query.get("includeValue"), "includeValue")),
      }),
    },
    {
      method: "PATCH",
      template: "/apikeys/{apiKey}",
      handler: ({ params, body }) => {
        const id = params.apiKey!;
        const changes = applyApiKeyPatch(store.getApiKey(id), parsePatchOperations(body));
        return { status: 200, body: withTags(renderApiKey(store.updateApiKey(id, changes), false)) };
      },
    },
    {
      method: "DELETE",
      template: "/apikeys/{apiKey}",
      handler: ({ params }) => {
        store.deleteApiKey(params.apiKey!);
        return { status: 202 };
      },
    },
  ];
}
