import { CognitoIdentityProviderClient, InitiateAuthCommand } from "@aws-sdk/client-cognito-identity-provider";
import { createApiClient, type ApiClient } from "@linkgate/contract";
import { freePort } from "@linkgate/emulator";
import { spawn, type ChildProcess } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { repoRoot } from "../../src/repo-root";
import type { StackInfo } from "../../src/stack-file";

export interface StackProcess {
  child: ChildProcess;
  output(): string;
  exited: Promise<number | null>;
}

export type StackPortSet = Record<"api" | "controlPlane" | "cloudwatch" | "webSocket" | "dynamodb" | "cognito" | "console", number>;

export async function freeStackPorts(): Promise<StackPortSet> {
  return { api: await freePort(), controlPlane: await freePort(), cloudwatch: await freePort(), webSocket: await freePort(), dynamodb: await freePort(), cognito: await freePort(), console: await freePort() };
}

/** `npm start` as a user runs it (tsx src/main.ts), on its own ports and data dir. */
export function startStackProcess(dataDir: string, ports: StackPortSet, options: { console?: boolean } = {}): StackProcess {
  const env = {
    ...process.env,
    LINKGATE_DATA_DIR: dataDir,
    LINKGATE_API_PORT: String(ports.api),
    LINKGATE_CONTROL_PLANE_PORT: String(ports.controlPlane),
    LINKGATE_CLOUDWATCH_PORT: String(ports.cloudwatch),
    LINKGATE_WEBSOCKET_PORT: String(ports.webSocket),
    LINKGATE_DYNAMODB_PORT: String(ports.dynamodb),
    LINKGATE_COGNITO_PORT: String(ports.cognito),
    LINKGATE_CONSOLE_PORT: String(ports.console),
  };
  const child = spawn(process.execPath, ["--import", "tsx", "apps/local/src/main.ts", "--no-watch", ...(options.console ? [] : ["--no-console"])], { cwd: repoRoot(), env, stdio: ["ignore", "pipe", "pipe"] });
  let printed = "";
  child.stdout?.on("data", (chunk: Buffer) => (printed += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (printed += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  return { child, output: () => printed, exited };
}

/** Waits until `text` is printed after `from` characters of output; bounded. */
export async function waitForOutputText(stack: StackProcess, text: string | RegExp, from = 0, timeoutMs = 120_000): Promise<void> {
  for (let waited = 0; waited < timeoutMs; waited += 100) {
    const tail = stack.output().slice(from);
    if (typeof text === "string" ? tail.includes(text) : text.test(tail)) return;
    if (stack.child.exitCode !== null) throw new Error(`The stack exited early:\n${stack.output()}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`Not printed within ${timeoutMs} ms: ${String(text)}\n${stack.output().slice(-4000)}`);
}

export function readStackInfo(dataDir: string): StackInfo {
  return JSON.parse(readFileSync(join(dataDir, "stack.json"), "utf8")) as StackInfo;
}

/** The pid of the stack's direct child whose command line contains `marker` (read from /proc). */
export function childPidOf(parentPid: number, marker: string): number {
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      if (ppid !== parentPid) continue;
      if (readFileSync(`/proc/${entry}/cmdline`, "utf8").includes(marker)) return Number(entry);
    } catch {
      // The process ended while we looked.
    }
  }
  throw new Error(`No child of ${parentPid} runs ${marker}`);
}

export async function adminApi(info: StackInfo): Promise<ApiClient> {
  const cognito = new CognitoIdentityProviderClient({ region: "us-east-1", endpoint: info.cognito.endpoint, credentials: { accessKeyId: "local", secretAccessKey: "local" }, maxAttempts: 1 });
  const signedIn = await cognito.send(
    new InitiateAuthCommand({ ClientId: info.cognito.clientId, AuthFlow: "USER_PASSWORD_AUTH", AuthParameters: { USERNAME: info.admin.username, PASSWORD: info.admin.password } }),
  );
  const token = signedIn.AuthenticationResult?.AccessToken;
  if (!token) throw new Error("admin could not sign in");
  return createApiClient({ baseUrl: info.apiUrl, accessToken: () => token });
}
