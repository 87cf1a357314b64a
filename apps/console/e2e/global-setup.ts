import { spawn } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { startConsoleServer } from "../src/serve/console-server";
import { STATE_ENV, type E2eState } from "./stack-env";

const repoRoot = fileURLToPath(new URL("../../..", import.meta.url));
const STACK_START_TIMEOUT_MS = 240_000;

/** Ports apart from `npm start`'s defaults (3100–3104), so a developer's running stack is left alone. */
const E2E_PORTS = { api: 3310, controlPlane: 3311, dynamodb: 3312, cognito: 3313, console: 3314, cloudwatch: 3315, webSocket: 3316 };

interface StackFile {
  apiUrl: string;
  /** Set when the stack serves the console itself (`npm start` does, unless --no-console). */
  consoleUrl?: string;
  controlPlaneUrl: string;
  webSocketUrl?: string;
  cognito: { endpoint: string; userPoolId: string; clientId: string; confirmationCodesFile: string };
  admin: { username: string; password: string };
  user: { username: string; password: string };
  partner: { id: string; apiKey: string; plan: string };
}

/**
 * Starts the local stack (`apps/local`, as `npm start` does) in a fresh temp data dir, then the
 * console server pointed at it. LINKGATE_E2E_STACK_DIR reuses a stack already running with that
 * data dir instead (faster while writing tests).
 */
export default async function globalSetup(): Promise<() => Promise<void>> {
  const reuseDir = process.env.LINKGATE_E2E_STACK_DIR;
  const dataDir = reuseDir ?? mkdtempSync(join(tmpdir(), "linkgate-e2e-"));
  const stopStack = reuseDir ? async () => {} : await startStack(dataDir);
  try {
    const stack = JSON.parse(readFileSync(join(dataDir, "stack.json"), "utf8")) as StackFile;
    const consoleServer = stack.consoleUrl ? { url: stack.consoleUrl, close: async () => {} } : await startConsoleServer({
      port: reuseDir ? 0 : E2E_PORTS.console,
      host: "127.0.0.1",
      env: {
        VITE_API_URL: stack.apiUrl,
        ...(stack.webSocketUrl ? { VITE_LIVE_URL: stack.webSocketUrl } : {}),
        VITE_COGNITO_ENDPOINT: stack.cognito.endpoint,
        VITE_USER_POOL_ID: stack.cognito.userPoolId,
        VITE_USER_POOL_CLIENT_ID: stack.cognito.clientId,
        VITE_REGION: "us-east-1",
      },
    });
    const state: E2eState = {
      consoleUrl: consoleServer.url,
      apiUrl: stack.apiUrl,
      controlPlaneUrl: stack.controlPlaneUrl,
      cognitoEndpoint: stack.cognito.endpoint,
      userPoolId: stack.cognito.userPoolId,
      clientId: stack.cognito.clientId,
      admin: stack.admin,
      user: stack.user,
      partner: stack.partner,
      confirmationCodesFile: stack.cognito.confirmationCodesFile,
      stackLog: existsSync(join(dataDir, "e2e-stack.log")) ? join(dataDir, "e2e-stack.log") : process.env.LINKGATE_E2E_STACK_LOG,
    };
    const statePath = join(dataDir, "e2e-state.json");
    writeFileSync(statePath, JSON.stringify(state, null, 2));
    process.env[STATE_ENV] = statePath;
    return async () => {
      await consoleServer.close();
      await stopStack();
      if (!reuseDir) rmSync(dataDir, { recursive: true, force: true });
    };
  } catch (error) {
    await stopStack();
    throw error;
  }
}

async function startStack(dataDir: string): Promise<() => Promise<void>> {
  mkdirSync(dataDir, { recursive: true });
  const log = openSync(join(dataDir, "e2e-stack.log"), "a");
  const env = {
    ...process.env,
    LINKGATE_DATA_DIR: dataDir,
    LINKGATE_API_PORT: String(E2E_PORTS.api),
    LINKGATE_CONTROL_PLANE_PORT: String(E2E_PORTS.controlPlane),
    LINKGATE_DYNAMODB_PORT: String(E2E_PORTS.dynamodb),
    LINKGATE_COGNITO_PORT: String(E2E_PORTS.cognito),
    LINKGATE_CONSOLE_PORT: String(E2E_PORTS.console),
    LINKGATE_CLOUDWATCH_PORT: String(E2E_PORTS.cloudwatch),
    LINKGATE_WEBSOCKET_PORT: String(E2E_PORTS.webSocket),
  };
  // Its own process group, so stopping it stops DynamoDB Local, Cognito and the workers too.
  const child = spawn(process.execPath, ["--import", "tsx", "apps/local/src/main.ts", "--no-watch"], { cwd: repoRoot, env, stdio: ["ignore", log, log], detached: true });
  const stop = async () => {
    if (child.exitCode !== null || child.pid === undefined) return;
    const exited = new Promise((resolve) => child.once("exit", resolve));
    child.kill("SIGTERM");
    const timer = setTimeout(() => child.pid && process.kill(-child.pid, "SIGKILL"), 20_000);
    await exited;
    clearTimeout(timer);
  };
  const deadline = Date.now() + STACK_START_TIMEOUT_MS;
  while (!existsSync(join(dataDir, "stack.json"))) {
    if (child.exitCode !== null) throw new Error(`The local stack exited (${child.exitCode}); see ${join(dataDir, "e2e-stack.log")}.`);
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`The local stack did not start within ${STACK_START_TIMEOUT_MS / 1000} s; see ${join(dataDir, "e2e-stack.log")}.`);
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  return stop;
}
