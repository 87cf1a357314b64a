import {
  CreateApiKeyCommand,
  CreateUsagePlanKeyCommand,
  DeleteApiKeyCommand,
  DeleteUsagePlanKeyCommand,
  NotFoundException,
  UpdateApiKeyCommand,
  type APIGatewayClient,
} from "@aws-sdk/client-api-gateway";

/** The API Gateway key operations partner administration is made of. */
export function createApiKeys(apiGateway: APIGatewayClient) {
  return {
    /** An enabled key named after its partner; its value is returned here and never again. */
    async create(partnerId: string): Promise<{ id: string; value: string }> {
      const key = await apiGateway.send(new CreateApiKeyCommand({ name: partnerId, customerId: partnerId, enabled: true, description: `Linkgate partner ${partnerId}` }));
      if (!key.id || !key.value) throw new Error("CreateApiKey answered without an id or value.");
      return { id: key.id, value: key.value };
    },
    async attach(usagePlanId: string, keyId: string): Promise<void> {
      await apiGateway.send(new CreateUsagePlanKeyCommand({ usagePlanId, keyId, keyType: "API_KEY" }));
    },
    async detach(usagePlanId: string, keyId: string): Promise<void> {
      await apiGateway.send(new DeleteUsagePlanKeyCommand({ usagePlanId, keyId }));
    },
    /** Takes effect on the key's next request (the gateway checks `enabled` on every call). A key already gone is unusable too. */
    async disable(keyId: string): Promise<void> {
      try {
        await apiGateway.send(new UpdateApiKeyCommand({ apiKey: keyId, patchOperations: [{ op: "replace", path: "/enabled", value: "false" }] }));
      } catch (error) {
        if (!(error instanceof NotFoundException)) throw error;
      }
    },
    /** Deleting a key also takes it out of its usage plans. Already gone is fine. */
    async delete(keyId: string): Promise<void> {
      try {
        await apiGateway.send(new DeleteApiKeyCommand({ apiKey: keyId }));
      } catch (error) {
        if (!(error instanceof NotFoundException)) throw error;
      }
    },
  };
}

export type ApiKeys = ReturnType<typeof createApiKeys>;
