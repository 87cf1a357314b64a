import { ADMIN_GROUP } from "@linkgate/contract";
import { startControlPlane, startLocalCognito, UsagePlanStore } from "@linkgate/emulator";
import { dynamoDbGlobalSetup } from "@linkgate/emulator/testing";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";

declare module "vitest" {
  export interface ProvidedContext {
    controlPlaneUrl: string;
    cognito: { endpoint: string; userPoolId: string; clientId: string };
  }
}

/**
 * The real collaborators, once per run on 127.0.0.1: DynamoDB Local, the emulator's control plane
 * (API Gateway management API) and the local Cognito. Suites keep apart by table prefix, REST API
 * id and username prefix. Authorizer-cache flushes are counted and served at /_emulator/metrics.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const stopDynamoDb = await dynamoDbGlobalSetup(project);
  const store = await UsagePlanStore.open();
  const flushes: Record<string, number> = {};
  const controlPlane = await startControlPlane({
    store,
    onFlushAuthorizerCache: (restApiId, stage) => {
      flushes[`${restApiId}/${stage}`] = (flushes[`${restApiId}/${stage}`] ?? 0) + 1;
    },
    metrics: () => ({ authorizerCacheFlushes: flushes }),
    // GetStage (getAdminMetrics reads the cache cluster): every suite's stage, none with a cache.
    describeStage: (restApiId, stage) => ({ restApiId, stage, routes: [], functions: {} }),
  });
  const dataDir = mkdtempSync(join(tmpdir(), "linkgate-functions-"));
  const cognito = await startLocalCognito({ dataDir, groups: [ADMIN_GROUP] });
  project.provide("controlPlaneUrl", controlPlane.url);
  project.provide("cognito", { endpoint: cognito.endpoint, userPoolId: cognito.userPoolId, clientId: cognito.clientId });
  return async () => {
    await cognito.stop();
    await controlPlane.close();
    await store.close();
    await stopDynamoDb();
    rmSync(dataDir, { recursive: true, force: true });
  };
}
