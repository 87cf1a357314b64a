import { CognitoIdentityProviderClient, InitiateAuthCommand } from "@aws-sdk/client-cognito-identity-provider";
import { createApiClient } from "@linkgate/contract";
import { userOwnerId } from "@linkgate/core";
import { freePort } from "@linkgate/emulator";
import type { StackInfo } from "../src/stack-file";
import { spawn } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { StackServerReady } from "./stack-server";

const APP_DIR = join(dirname(fileURLToPath(import.meta.url)), "..");

/** The local stack in a process of its own (stack-server.ts), so /proc shows what it spends. */
export interface Stack {
  pid: number;
  ready: StackServerReady;
  /** Bytes and lines the stack wrote to stdout and stderr so far (access log, function logs). */
  output: { bytes: number; lines: number; tail: string };
  stop(): Promise<void>;
}

export async function startStackProcess(dataDir: string): Promise<Stack> {
  const ports = [await freePort(), await freePort(), await freePort(), await freePort(), await freePort(), await freePort()];
  const profile = process.env.BENCH_CPU_PROF ? ["--cpu-prof", `--cpu-prof-dir=${process.env.BENCH_CPU_PROF}`] : [];
  const child = spawn(process.execPath, [...profile, "--import", "tsx", "bench/stack-server.ts", dataDir, ...ports.map(String)], {
    cwd: APP_DIR,
    stdio: ["ignore", "pipe", "pipe", "ipc"],
  });
  const output = { bytes: 0, lines: 0, tail: "" };
  const count = (chunk: Buffer) => {
    output.bytes += chunk.length;
    for (const byte of chunk) if (byte === 10) output.lines++;
    output.tail = (output.tail + chunk.toString()).slice(-2000);
  };
  child.stdout?.on("data", count);
  child.stderr?.on("data", count);
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const ready = await new Promise<StackServerReady>((resolve, reject) => {
    child.once("message", (message) => resolve(message as StackServerReady));
    void exited.then(() => reject(new Error(`The stack exited before it was ready:\n${output.tail}`)));
  });
  return {
    pid: child.pid!,
    ready,
    output,
    stop: async () => {
      child.send({ kind: "stop" });
      await exited;
    },
  };
}

/** The seeded user, signed in, with a link of its own: what the benches call the stack as. */
export async function signedInUser(info: StackInfo): Promise<{ token: string; code: string; ownerId: string }> {
  const cognito = new CognitoIdentityProviderClient({ region: "us-east-1", endpoint: info.cognito.endpoint, credentials: { accessKeyId: "local", secretAccessKey: "local" }, maxAttempts: 1 });
  const signedIn = await cognito.send(
    new InitiateAuthCommand({ ClientId: info.cognito.clientId, AuthFlow: "USER_PASSWORD_AUTH", AuthParameters: { USERNAME: info.user.username, PASSWORD: info.user.password } }),
  );
  cognito.destroy();
  const token = signedIn.AuthenticationResult?.AccessToken;
  if (!token) throw new Error("The seeded user could not sign in");
  const api = createApiClient({ baseUrl: info.apiUrl, accessToken: () => token });
  const link = await api.call("createMyLink", { body: { target: "https://example.com/bench" } });
  const me = await api.call("getMe", {});
  return { token, code: link.code, ownerId: userOwnerId(me.sub) };
}
