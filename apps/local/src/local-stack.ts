import { startConsoleServer, type ConsoleServer } from "@linkgate/console/serve";
import type { AccessLogListener, ConfirmationCode, ThrottleSettings } from "@linkgate/emulator";
import { AUTHORIZER_TTL_SECONDS } from "@linkgate/infra/mapping";
import { existsSync, readFileSync } from "node:fs";
import type { StackPorts } from "./options";
import { seedStack } from "./seed";
import { stackFilePath, writeStackFile, type StackInfo } from "./stack-file";
import { LOCAL_REGION, startStack, type RunningStack } from "./start-stack";


export interface LocalStackOptions {
  rootDir: string;
  dataDir: string;
  ports: StackPorts;
  watch?: boolean;
  /** Serve the web console on `ports.console` (off by default: stack tests drive the API). */
  serveConsole?: boolean;
  authorizerTtlSeconds?: number;
  onAccessLog?: AccessLogListener;
  onConfirmationCode?: (code: ConfirmationCode) => void;
  progress?: (step: string) => void;
  onSupervision?: (line: string) => void;
  restartDelaysMs?: readonly number[];
  /** Benches: raise the stage's and the account's throttle. */
  throttleOverride?: ThrottleSettings;
  /** Serve with the stage cache SST deploys for this stage (`"production"`); default: none. */
  cacheLikeStage?: string;
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
    ...(options.onConfirmationCode ? { onConfirmationCode: options.onConfirmationCode } : {}),
    ...(options.progress ? { progress: options.progress } : {}),
    ...(options.onSupervision ? { onSupervision: options.onSupervision } : {}),
    ...(options.restartDelaysMs ? { restartDelaysMs: options.restartDelaysMs } : {}),
    ...(options.throttleOverride ? { throttleOverride: options.throttleOverride } : {}),
    ...(options.cacheLikeStage ? { cacheLikeStage: options.cacheLikeStage } : {}),
  });
  let consoleServer: ConsoleServer | undefined;
  const stop = async () => {
    await consoleServer?.close();
    await stack.stop();
  };
  try {
    options.progress?.("Seeding plans, users and the demo partner");
    const seeded = await seedStack(stack, readPreviousStack(options.dataDir));
    if (options.serveConsole) {
      options.progress?.("Starting the web console");
      consoleServer = await startConsoleServer({
        port: options.ports.console,
        host: "127.0.0.1",
        env: {
          VITE_API_URL: seeded.apiUrl,
          VITE_LIVE_URL: seeded.webSocketUrl,
          VITE_COGNITO_ENDPOINT: seeded.cognito.endpoint,
          VITE_USER_POOL_ID: seeded.cognito.userPoolId,
          VITE_USER_POOL_CLIENT_ID: seeded.cognito.clientId,
          // The local pool id carries no region; the SDK still wants one.
          VITE_REGION: LOCAL_REGION,
        },
      });
    }
    const info: StackInfo = consoleServer ? { ...seeded, consoleUrl: consoleServer.url } : seeded;
    writeStackFile(options.dataDir, info);
    return { info, stack, stop };
  } catch (error) {
    await stop();
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
