import { freePort } from "@linkgate/emulator";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { startLocalStack } from "../../src/local-stack";
import { repoRoot } from "../../src/repo-root";
import type { StackInfo } from "../../src/stack-file";

declare module "vitest" {
  export interface ProvidedContext {
    stack: StackInfo;
  }
}

/**
 * One whole local stack per test run (as `npm start` runs it, authorizer TTL as deployed), on free
 * ports and a throw-away data dir, so it never meets a developer's running stack. It serves with
 * production's stage cache, so the tests see what production serves (stage-cache.test.ts).
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const dataDir = mkdtempSync(join(tmpdir(), "linkgate-stack-"));
  const ports = { api: await freePort(), controlPlane: await freePort(), cloudwatch: await freePort(), webSocket: await freePort(), dynamodb: await freePort(), cognito: await freePort(), console: await freePort() };
  const local = await startLocalStack({ rootDir: repoRoot(), dataDir, ports, cacheLikeStage: "production" });
  project.provide("stack", local.info);
  return async () => {
    await local.stop();
    rmSync(dataDir, { recursive: true, force: true });
  };
}
