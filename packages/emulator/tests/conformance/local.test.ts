import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll } from "vitest";
import { conformanceDefinition } from "../../conformance/fixture-stack";
import { defineConformanceSuite } from "../../conformance/suite";
import { newRunId, type ConformanceTarget } from "../../conformance/target";
import { startEmulator, type Emulator } from "../../src/emulator";
import { PACKAGE_DIR } from "../lambda/runtime-fixtures";

/**
 * The conformance suite against a local emulator started from the fixture stack. The emulator has
 * one integration timeout per API: 4 s is far above every warm function's answer and makes the
 * 504 case (GET /sleep) quick.
 */
const INTEGRATION_TIMEOUT_MS = 4_000;

let emulator: Emulator;
let workDir: string;
let target: ConformanceTarget;

beforeAll(async () => {
  workDir = mkdtempSync(join(tmpdir(), "linkgate-conformance-"));
  const definition = conformanceDefinition({ integrationTimeoutMs: INTEGRATION_TIMEOUT_MS, counterDir: join(workDir, "counters") });
  emulator = await startEmulator({ definition, rootDir: PACKAGE_DIR, bundleDir: join(workDir, "lambda") });
  // Bundle and start every function first, and the probe's whole pool (its concurrency is the
  // default 10): no cold start races the short integration timeout in the parallel cases.
  await emulator.runtime.warm();
  for (let round = 0; round < 2; round++) await Promise.all(Array.from({ length: 20 }, () => fetch(`${emulator.url}/probe`).then((r) => r.arrayBuffer())));
  target = {
    name: "local emulator",
    baseUrl: `${emulator.url}/${definition.stage}`,
    restApiId: definition.restApiId,
    stage: definition.stage,
    management: { endpoint: emulator.controlPlaneUrl, region: "us-east-1", credentials: { accessKeyId: "local", secretAccessKey: "local" } },
    exactUsage: true,
    runId: newRunId(),
  };
}, 120_000);

afterAll(async () => {
  await emulator?.close();
  if (workDir) rmSync(workDir, { recursive: true, force: true });
});

defineConformanceSuite(() => target);
