import { APIGatewayClient, CreateApiKeyCommand, CreateUsagePlanCommand, CreateUsagePlanKeyCommand } from "@aws-sdk/client-api-gateway";
import { quotaUsageSchema, routeByName, type RouteName } from "@linkgate/contract";
import { freePort, startEmulator, type Emulator } from "@linkgate/emulator";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { functionsEnvironment } from "../src/config";
import { handlerEntryFor } from "../src/entries";
import { config, core, unique } from "./support/fixtures";

/*
 * The handlers as the local stack runs them: bundled by the emulator's Lambda runtime (esbuild,
 * worker processes), configured only through SST_RESOURCE_* and AWS_ENDPOINT_URL_*, behind the
 * gateway's API-key and usage-plan admission. Checks the code that only runs there: cold-start
 * config in a worker, and GET /v1/usage counting calls the gateway metered.
 */
const repoRoot = join(dirname(fileURLToPath(import.meta.url)), "../../..");
const served: RouteName[] = ["getHealth", "redirect", "createLink", "getUsage"];
const QUOTA = 5;

describe("through the emulated gateway", () => {
  let emulator: Emulator;
  let dataDir: string;
  let apiKeyValue: string;

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), "linkgate-fn-gw-"));
    const controlPlanePort = await freePort();
    const restApiId = unique("gw");
    const environment = {
      ...functionsEnvironment({ ...config, restApiId }),
      AWS_ENDPOINT_URL_API_GATEWAY: `http://127.0.0.1:${controlPlanePort}`,
      POWERTOOLS_LOG_LEVEL: "SILENT",
      POWERTOOLS_METRICS_DISABLED: "true",
    };
    emulator = await startEmulator({
      rootDir: repoRoot,
      dataDir,
      ports: { controlPlane: controlPlanePort },
      definition: {
        restApiId,
        stage: config.stage,
        routes: served.map((name) => {
          const route = routeByName(name);
          return { method: route.method, path: route.path, function: name, ...(route.auth === "partner" ? { apiKeyRequired: true } : {}) };
        }),
        functions: Object.fromEntries(
          served.map((name) => {
            const entry = handlerEntryFor(name);
            return [name, { entry: entry.file, handler: entry.export, environment, timeoutSeconds: 10 }];
          }),
        ),
      },
    });
    // A partner on a plan with a tiny quota, set up as the admin functions would.
    const apiGateway = new APIGatewayClient({ endpoint: emulator.controlPlaneUrl });
    const plan = await apiGateway.send(
      new CreateUsagePlanCommand({ name: "free", apiStages: [{ apiId: restApiId, stage: config.stage }], throttle: { rateLimit: 100, burstLimit: 100 }, quota: { limit: QUOTA, period: "MONTH" } }),
    );
    const partnerId = unique("p_gw");
    const key = await apiGateway.send(new CreateApiKeyCommand({ name: partnerId, enabled: true }));
    await apiGateway.send(new CreateUsagePlanKeyCommand({ usagePlanId: plan.id, keyId: key.id, keyType: "API_KEY" }));
    await core.partners.create({ id: partnerId, name: "Gateway Co", contactEmail: "gw@example.test", planId: "free", apiKeyId: key.id ?? "" });
    apiKeyValue = key.value ?? "";
    apiGateway.destroy();
  }, 120_000);

  afterAll(async () => {
    await emulator?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it("serves public routes from bundled functions", async () => {
    const health = await fetch(`${emulator.url}/health`);
    expect(health.status).toBe(200);
    expect(health.headers.get("access-control-allow-origin")).toBe("*");
    expect(((await health.json()) as { status: string }).status).toBe("ok");
  });

  it("creates and follows a link with an API key, and GET /v1/usage counts the metered calls", async () => {
    const headers = { "x-api-key": apiKeyValue, "content-type": "application/json" };
    const created = await fetch(`${emulator.url}/v1/links`, { method: "POST", headers, body: JSON.stringify({ target: "https://example.com/gw" }) });
    expect(created.status).toBe(201);
    const { code } = (await created.json()) as { code: string };

    const followed = await fetch(`${emulator.url}/${code}`, { redirect: "manual" });
    expect([followed.status, followed.headers.get("location")]).toEqual([301, "https://example.com/gw"]);

    const usage = quotaUsageSchema.parse(await (await fetch(`${emulator.url}/v1/usage`, { headers })).json());
    // The createLink call and this one are both metered by the time the function reads usage.
    expect([usage.used, usage.remaining, usage.quota.limit]).toEqual([2, QUOTA - 2, QUOTA]);
  });

  it("refuses a call without a key at the gateway (403)", async () => {
    expect((await fetch(`${emulator.url}/v1/usage`)).status).toBe(403);
  });
});
