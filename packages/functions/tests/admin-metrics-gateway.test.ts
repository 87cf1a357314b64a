import { APIGatewayClient, CreateApiKeyCommand, CreateUsagePlanCommand, CreateUsagePlanKeyCommand } from "@aws-sdk/client-api-gateway";
import { adminMetricsSchema, routeByName } from "@linkgate/contract";
import { startEmulator, type Emulator } from "@linkgate/emulator";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ENV, functionsEnvironment } from "../src/config";
import { handlerEntryFor } from "../src/entries";
import { anAdmin, call, config, unique } from "./support/fixtures";

/*
 * GET /admin/metrics as the local stack runs it: LINKGATE_GATEWAY_METRICS_URL points at a real
 * emulator's counters. The emulator serves one key-protected route on a plan with a tiny bucket
 * and quota; the refusals the client sees (by x-amzn-ErrorType) are what the route reports.
 */
const repoRoot = join(dirname(fileURLToPath(import.meta.url)), "../../..");

describe("admin: metrics with the emulator's gateway counters (local stack)", () => {
  let emulator: Emulator;
  let dataDir: string;
  let apiKeyValue: string;

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), "linkgate-fn-metrics-"));
    const restApiId = unique("met");
    const health = routeByName("getHealth");
    emulator = await startEmulator({
      rootDir: repoRoot,
      dataDir,
      definition: {
        restApiId,
        stage: config.stage,
        routes: [{ method: health.method, path: health.path, function: "getHealth", apiKeyRequired: true }],
        functions: { getHealth: { entry: handlerEntryFor("getHealth").file, timeoutSeconds: 10, environment: { ...functionsEnvironment(config), POWERTOOLS_LOG_LEVEL: "SILENT", POWERTOOLS_METRICS_DISABLED: "true" } } },
      },
    });
    const apiGateway = new APIGatewayClient({ endpoint: emulator.controlPlaneUrl });
    const plan = await apiGateway.send(
      new CreateUsagePlanCommand({ name: "tiny", apiStages: [{ apiId: restApiId, stage: config.stage }], throttle: { rateLimit: 1, burstLimit: 2 }, quota: { limit: 3, period: "MONTH" } }),
    );
    const key = await apiGateway.send(new CreateApiKeyCommand({ name: unique("k"), enabled: true }));
    await apiGateway.send(new CreateUsagePlanKeyCommand({ usagePlanId: plan.id, keyId: key.id, keyType: "API_KEY" }));
    apiKeyValue = key.value ?? "";
    apiGateway.destroy();
    // Read at the handler's cold start, which comes with the first call below.
    process.env[ENV.gatewayMetricsUrl] = `${emulator.controlPlaneUrl}/_emulator/metrics`;
  }, 120_000);

  afterAll(async () => {
    delete process.env[ENV.gatewayMetricsUrl];
    await emulator?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it("reports the throttle and quota refusals the gateway answered", async () => {
    const admin = anAdmin();
    const before = adminMetricsSchema.parse((await call({ route: "getAdminMetrics", caller: admin })).body);
    expect(before).toMatchObject({ throttled: 0, quotaExceeded: 0 });

    // More calls than the bucket (2) and the quota (3) allow: some are throttled, the rest over quota.
    const answers = await Promise.all(Array.from({ length: 12 }, () => fetch(`${emulator.url}/health`, { headers: { "x-api-key": apiKeyValue } })));
    const types = answers.map((answer) => (answer.status === 429 ? answer.headers.get("x-amzn-errortype") : String(answer.status)));
    const seen = { throttled: types.filter((t) => t === "TooManyRequestsException").length, quotaExceeded: types.filter((t) => t === "LimitExceededException").length };
    // Every call is admitted (200) or refused by one of the two limits, and at least one is refused.
    expect(types.filter((t) => t === "200").length + seen.throttled + seen.quotaExceeded).toBe(answers.length);
    expect(seen.throttled + seen.quotaExceeded).toBeGreaterThan(0);

    const after = adminMetricsSchema.parse((await call({ route: "getAdminMetrics", caller: admin })).body);
    expect({ throttled: after.throttled, quotaExceeded: after.quotaExceeded }).toEqual(seen);
  });
});
