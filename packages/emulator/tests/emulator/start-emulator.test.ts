import {
  APIGatewayClient,
  CreateApiKeyCommand,
  CreateUsagePlanCommand,
  CreateUsagePlanKeyCommand,
  GetUsageCommand,
} from "@aws-sdk/client-api-gateway";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startEmulator, type Emulator } from "../../src/emulator";
import { PACKAGE_DIR } from "../lambda/runtime-fixtures";

const definition = {
  restApiId: "assembly",
  stage: "test",
  routes: [
    { method: "GET" as const, path: "/public", function: "echo" },
    { method: "GET" as const, path: "/keyed", function: "echo", apiKeyRequired: true },
  ],
  functions: { echo: { entry: "tests/fixtures/emulator/event-echo.ts" } },
};

describe("startEmulator: gateway + Lambda runtime + control plane, wired", () => {
  let emulator: Emulator;
  let dataDir: string;
  let sdk: APIGatewayClient;

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), "linkgate-emulator-"));
    emulator = await startEmulator({ definition, rootDir: PACKAGE_DIR, dataDir });
    sdk = new APIGatewayClient({
      endpoint: emulator.controlPlaneUrl,
      region: "us-east-1",
      credentials: { accessKeyId: "local", secretAccessKey: "local" },
      maxAttempts: 1,
    });
  });

  afterAll(async () => {
    await emulator.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it("runs a public route through a real bundled function", async () => {
    const response = await fetch(`${emulator.url}/public?x=1`);
    expect(response.status).toBe(200);
    const event = (await response.json()) as { resource: string; queryStringParameters: Record<string, string> };
    expect(event.resource).toBe("/public");
    expect(event.queryStringParameters).toEqual({ x: "1" });
  });

  it("admits a key created through the SDK against the control plane, and meters it", async () => {
    expect((await fetch(`${emulator.url}/keyed`)).status).toBe(403);
    const plan = await sdk.send(
      new CreateUsagePlanCommand({
        name: "tiny",
        apiStages: [{ apiId: definition.restApiId, stage: definition.stage }],
        throttle: { rateLimit: 100, burstLimit: 100 },
        quota: { limit: 2, period: "DAY" },
      }),
    );
    const key = await sdk.send(new CreateApiKeyCommand({ name: "k", enabled: true }));
    await sdk.send(new CreateUsagePlanKeyCommand({ usagePlanId: plan.id!, keyId: key.id!, keyType: "API_KEY" }));
    const call = () => fetch(`${emulator.url}/keyed`, { headers: { "x-api-key": key.value! } });
    const statuses = [(await call()).status, (await call()).status];
    const third = await call();
    expect(statuses).toEqual([200, 200]);
    expect(third.status).toBe(429);
    expect(await third.json()).toEqual({ message: "Limit Exceeded" });
    const today = new Date().toISOString().slice(0, 10);
    const usage = await sdk.send(new GetUsageCommand({ usagePlanId: plan.id!, startDate: today, endDate: today }));
    expect(usage.items?.[key.id!]).toEqual([[2, 0]]);
  });
});
