import { APIGatewayClient } from "@aws-sdk/client-api-gateway";
import { startControlPlane, type ControlPlane } from "../../src/control-plane";
import { UsagePlanStore, type AdmitRequest } from "../../src/usage";

export interface Fixture {
  store: UsagePlanStore;
  plane: ControlPlane;
  client: APIGatewayClient;
  flushedAuthorizerCaches: Array<[restApiId: string, stage: string]>;
  close(): Promise<void>;
}

/** A real store behind the real control plane on 127.0.0.1, driven by the real AWS SDK client. */
export async function startFixture(options: { dataDir?: string; metrics?: () => unknown } = {}): Promise<Fixture> {
  const store = await UsagePlanStore.open({ dataDir: options.dataDir });
  const flushedAuthorizerCaches: Fixture["flushedAuthorizerCaches"] = [];
  const plane = await startControlPlane({
    store,
    port: 0,
    onFlushAuthorizerCache: (restApiId, stage) => flushedAuthorizerCaches.push([restApiId, stage]),
    metrics: options.metrics,
  });
  const client = new APIGatewayClient({
    endpoint: plane.url,
    region: "us-east-1",
    credentials: { accessKeyId: "local", secretAccessKey: "local" },
    maxAttempts: 1,
  });
  return {
    store,
    plane,
    client,
    flushedAuthorizerCaches,
    close: async () => {
      client.destroy();
      await plane.close();
      await store.close();
    },
  };
}

export function anAdmit(apiKeyValue: string, overrides: Partial<AdmitRequest> = {}): AdmitRequest {
  return { apiKeyValue, restApiId: "api1", stage: "prod", resourcePath: "/v1/links", httpMethod: "POST", ...overrides };
}

export const today = () => new Date().toISOString().slice(0, 10);
