import { APIGatewayClient, CreateApiKeyCommand, CreateUsagePlanCommand, CreateUsagePlanKeyCommand } from "@aws-sdk/client-api-gateway";
import { accessLogMetricFilters, apiMetricsSchema, routeByName } from "@linkgate/contract";
import { startEmulator, type Emulator } from "@linkgate/emulator";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { functionsEnvironment } from "../src/config";
import { handlerEntryFor } from "../src/entries";
import { anAdmin, call, config, unique } from "./support/fixtures";

/*
 * GET /admin/metrics/api as both worlds run it: the handler reads CloudWatch through the SDK, here
 * the emulator's (AWS_ENDPOINT_URL_CLOUDWATCH). The emulator serves one key-protected route on a plan
 * with a tiny bucket and quota, and counts refusals with the contract's access-log metric filters,
 * as SST's LogMetricFilters do on AWS.
 */
const repoRoot = join(dirname(fileURLToPath(import.meta.url)), "../../..");

describe("admin: the API's metrics from CloudWatch", () => {
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
        name: config.apiName,
        stage: config.stage,
        routes: [{ method: health.method, path: health.path, function: "getHealth", apiKeyRequired: true }],
        functions: { getHealth: { entry: handlerEntryFor("getHealth").file, timeoutSeconds: 10, environment: { ...functionsEnvironment(config), POWERTOOLS_LOG_LEVEL: "SILENT", POWERTOOLS_METRICS_DISABLED: "true" } } },
      },
      accessLogMetricFilters: Object.values(accessLogMetricFilters),
    });
    const apiGateway = new APIGatewayClient({ endpoint: emulator.controlPlaneUrl });
    const plan = await apiGateway.send(
      new CreateUsagePlanCommand({ name: "tiny", apiStages: [{ apiId: restApiId, stage: config.stage }], throttle: { rateLimit: 1, burstLimit: 2 }, quota: { limit: 3, period: "MONTH" } }),
    );
    const key = await apiGateway.send(new CreateApiKeyCommand({ name: unique("k"), enabled: true }));
    await apiGateway.send(new CreateUsagePlanKeyCommand({ usagePlanId: plan.id, keyId: key.id, keyType: "API_KEY" }));
    apiKeyValue = key.value ?? "";
    apiGateway.destroy();
    // Read when the handler makes its CloudWatch client, on the first call below.
    process.env.AWS_ENDPOINT_URL_CLOUDWATCH = emulator.cloudwatchUrl;
  }, 120_000);

  afterAll(async () => {
    delete process.env.AWS_ENDPOINT_URL_CLOUDWATCH;
    await emulator?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it("reports the calls, the 4xx the gateway answered, the health route's traffic and the refusals by kind", async () => {
    // More calls than the bucket (2) and the quota (3) allow, and some without a key (403).
    const answers = await Promise.all([
      ...Array.from({ length: 12 }, () => fetch(`${emulator.url}/health`, { headers: { "x-api-key": apiKeyValue } })),
      ...Array.from({ length: 2 }, () => fetch(`${emulator.url}/health`)),
    ]);
    const types = answers.map((answer) => (answer.status === 429 ? answer.headers.get("x-amzn-errortype") : String(answer.status)));
    const seen = { throttled: types.filter((t) => t === "TooManyRequestsException").length, quotaExceeded: types.filter((t) => t === "LimitExceededException").length };
    const admitted = types.filter((t) => t === "200").length;
    expect(types.filter((t) => t === "403")).toHaveLength(2);
    expect(seen.throttled + seen.quotaExceeded).toBeGreaterThan(0);

    const response = await call({ route: "getApiMetrics", caller: anAdmin(), query: { range: "1h" } });
    expect(response.status).toBe(200);
    const metrics = apiMetricsSchema.parse(response.body);
    expect(metrics.totals).toMatchObject({ calls: answers.length, errors4xx: answers.length - admitted, errors5xx: 0 });
    expect(metrics.series.reduce((sum, point) => sum + point.calls, 0)).toBe(answers.length);
    expect(metrics.series).toHaveLength(60);
    expect(metrics.routes).toEqual([expect.objectContaining({ route: "getHealth", method: "GET", resource: "/health", calls: answers.length })]);
    expect(metrics.totals.p99LatencyMs).toBeGreaterThan(0);
    expect({ throttled: metrics.refusals.throttled, quotaExceeded: metrics.refusals.quotaExceeded }).toEqual(seen);
  });

  it("refuses a range it does not know, naming the ones it does", async () => {
    const response = await call({ route: "getApiMetrics", caller: anAdmin(), query: { range: "30d" } });
    expect(response.status).toBe(400);
    expect(JSON.stringify(response.body)).toContain("1h, 24h, 7d");
  });
});
