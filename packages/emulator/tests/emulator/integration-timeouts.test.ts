import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ApiDefinition } from "../../src/apigateway/definition";
import { startEmulator, type Emulator } from "../../src/emulator";
import { PACKAGE_DIR } from "../lambda/runtime-fixtures";

/** Integration timeouts through the real runtime: per method, and a queued invocation versus a late one. */
const definition: ApiDefinition = {
  restApiId: "timeouts",
  stage: "test",
  routes: [
    { method: "GET", path: "/patient", function: "slow" },
    { method: "GET", path: "/hasty", function: "slow", integrationTimeoutMs: 400 },
    { method: "GET", path: "/single", function: "single" },
    { method: "GET", path: "/single-hasty", function: "single", integrationTimeoutMs: 400 },
  ],
  functions: {
    slow: { entry: "tests/fixtures/emulator/slow-proxy.ts", timeoutSeconds: 10 },
    single: { entry: "tests/fixtures/emulator/slow-proxy.ts", timeoutSeconds: 10, concurrency: 1 },
  },
};

describe("integration timeouts", () => {
  let emulator: Emulator;
  let dataDir: string;
  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), "linkgate-timeouts-"));
    emulator = await startEmulator({ definition, rootDir: PACKAGE_DIR, dataDir });
    await emulator.runtime.warm();
  });
  afterAll(async () => {
    await emulator.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it("applies a method's own timeout (504) and leaves the others on the stage's", async () => {
    const [hasty, patient] = await Promise.all([fetch(`${emulator.url}/hasty?ms=1500`), fetch(`${emulator.url}/patient?ms=1500`)]);

    expect(hasty.status).toBe(504);
    expect(await hasty.text()).toBe('{"message": "Endpoint request timed out"}');
    expect(patient.status).toBe(200);
    expect(await patient.json()).toEqual({ sleptMs: 1500 });
  });

  it("answers 500 when the invocation never got a worker (Lambda's throttle), not 504", async () => {
    // The only worker is busy for 1.5 s; the second request waits past its 400 ms timeout.
    const busy = fetch(`${emulator.url}/single?ms=1500`);
    await new Promise((resolve) => setTimeout(resolve, 100));
    const queued = await fetch(`${emulator.url}/single-hasty?ms=0`);

    expect(queued.status).toBe(500);
    expect(await queued.json()).toEqual({ message: "Internal server error" });
    expect((await busy).status).toBe(200);
  });

  it("refuses a definition whose method timeout is out of API Gateway's range", async () => {
    const bad: ApiDefinition = { ...definition, routes: [{ method: "GET", path: "/x", function: "slow", integrationTimeoutMs: 30_000 }] };
    await expect(startEmulator({ definition: bad, rootDir: PACKAGE_DIR, dataDir: join(dataDir, "bad") })).rejects.toThrow(/GET \/x: integrationTimeoutMs must be an integer from 50 to 29000, got 30000/);
  });
});
