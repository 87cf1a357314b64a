import type { AccessLogListener } from "@linkgate/emulator";
import { AUTHORIZER_TTL_SECONDS } from "@linkgate/infra/mapping";
import { existsSync, readFileSync } from "node:fs";
import type { StackPorts } from "./options";
import { seedStack } from "./seed";
import { stackFilePath, writeStackFile, type StackInfo } from "./stack-file";
import { startStack, type RunningStack } from "./start-stack";


export interface LocalStackOptions {
  rootDir: string;
  dataDir: string;
  ports: StackPorts;
  watch?: boolean;
  authorizerTtlSeconds?: number;
  onAccessLog?: AccessLogListener;
  progress?: (step: string) => void;
}

export interface LocalStack {
  info: StackInfo;
  stack: RunningStack;
  stop(): Promise<void>;
}

/** The whole local stack, started and seeded, its `stack.json` written: what `npm start` runs and stack tests use. */
export async function startLocalStack(options: LocalStackOptions): Promise<LocalStack> {
  const stack = await startStack({
    rootDir: options.rootDir,
    dataDir: options.dataDir,
    ports: options.ports,
    watch: options.watch ?? false,
    authorizerTtlSeconds: options.authorizerTtlSeconds ?? AUTHORIZER_TTL_SECONDS,
    ...(options.onAccessLog ? { onAccessLog: options.onAccessLog } : {}),
    ...(options.progress ? { progress: options.progress } : {}),
  });
  try {
    options.progress?.("Seeding plans, users and the demo partner");
    const info = await seedStack(stack, readPreviousStack(options.dataDir));
    writeStackFile(options.dataDir, info);
    return { info, stack, stop: () => stack.stop() };
  } catch (error) {
    await stack.stop();
    throw error;
  }
}

function readPreviousStack(dataDir: string): StackInfo | undefined {
  const path = stackFilePath(dataDir);
  if (!existsSync(path)) return undefined;
  try {
    return JSON.parse(readFileSync(path, "utf8")) as StackInfo;
  } catch {
    return undefined;
  }
}
