import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { startCloudWatch } from "../../src/cloudwatch/cloudwatch-server";
import { startEmulator } from "../../src/emulator";
import { freePort } from "../../src/process/child-process";
import { PACKAGE_DIR } from "../lambda/runtime-fixtures";

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

describe("startEmulator that fails part-way", () => {
  it("closes what it had started: the CloudWatch port is free again", async () => {
    const dataDir = mkdtempSync(join(tmpdir(), "linkgate-emulator-fail-"));
    dirs.push(dataDir);
    writeFileSync(join(dataDir, "apigateway"), "a file where the usage store wants a directory");
    const port = await freePort();
    const definition = { restApiId: "broken", stage: "test", routes: [], functions: {} };
    await expect(startEmulator({ definition, rootDir: PACKAGE_DIR, dataDir, ports: { cloudwatch: port } })).rejects.toThrow();
    const again = await startCloudWatch({ port });
    await again.stop();
  });
});
