import { mkdirSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import { assertPortFree, freePort, spawnOwned, waitForOutput, type OwnedProcess } from "../process/child-process";
import { supervise, type RestartPolicy } from "../process/supervisor";
import { localCognitoClient } from "./cognito-client";
import { appendConfirmationCode, confirmationCodesFile } from "./confirmation-code-file";
import { ConfirmationCodeCapture, type ConfirmationCodes } from "./confirmation-codes";
import { ensurePool, type PoolIds } from "./pool-setup";

export interface LocalCognitoOptions {
  /** The stack's data directory; the local Cognito keeps its files in `<dataDir>/cognito`. */
  dataDir: string;
  /** Port on 127.0.0.1; 0 or omitted picks a free one. 9229 is refused (Node's inspector port). */
  port?: number;
  /** How long to wait for it to answer. */
  startTimeoutMs?: number;
  /** Groups the pool must have (created when missing, on every start), e.g. the app's admin group. None when absent. */
  groups?: readonly string[];
  /** Restart it (same port, same pool and users) whenever it exits unasked; off when absent. */
  restart?: RestartPolicy;
}

export interface LocalCognito {
  /** Endpoint for `@aws-sdk/client-cognito-identity-provider` (AWS_ENDPOINT_URL_COGNITO_IDENTITY_PROVIDER). */
  readonly endpoint: string;
  readonly port: number;
  readonly userPoolId: string;
  /** App client allowing USER_PASSWORD_AUTH and REFRESH_TOKEN_AUTH. */
  readonly clientId: string;
  /** `iss` of its tokens: `http://127.0.0.1:<port>/<userPoolId>`. */
  readonly issuer: string;
  readonly jwksUri: string;
  /** Codes it printed for sign-up and the like, read from its stdout. */
  readonly confirmationCodes: ConfirmationCodes & Pick<ConfirmationCodeCapture, "onCode">;
  /** Where every code is also appended as it is printed (`confirmation-code-file.ts`), for other processes. */
  readonly confirmationCodesFile: string;
  /** The process id of the local Cognito now running (another one after a restart). */
  pid(): number | undefined;
  stop(): Promise<void>;
}

const INSPECTOR_PORT = 9229;
const READY_MARKER = "Cognito Local running on";
/** Preloaded into cognito-local so it exits with the stack (see spawnOwned's lifeline). */
const EXIT_WITH_PARENT = new URL("../process/exit-with-parent.mjs", import.meta.url).href;

function cognitoLocalBin(): string {
  const require = createRequire(import.meta.url);
  const manifestPath = require.resolve("cognito-local/package.json");
  const manifest = require(manifestPath) as { bin: string | Record<string, string> };
  const bin = typeof manifest.bin === "string" ? manifest.bin : manifest.bin["cognito-local"];
  if (!bin) throw new Error(`cognito-local declares no bin in ${manifestPath}`);
  return join(dirname(manifestPath), bin);
}

/** Starts cognito-local on 127.0.0.1 with the Linkgate pool, app client and the caller's groups in place. */
export async function startLocalCognito(options: LocalCognitoOptions): Promise<LocalCognito> {
  if (options.port === INSPECTOR_PORT) {
    throw new Error(`Port ${INSPECTOR_PORT} is Node's inspector port; choose another port for the local Cognito.`);
  }
  const port = options.port || (await freePort());
  if (options.port) await assertPortFree(port, "local Cognito");
  const workDir = resolve(options.dataDir, "cognito");
  mkdirSync(join(workDir, ".cognito"), { recursive: true });
  // cognito-local forces email-as-username unless told otherwise; Linkgate signs in by username.
  writeFileSync(join(workDir, ".cognito", "config.json"), `${JSON.stringify({ UserPoolDefaults: { UsernameAttributes: [] } })}\n`);

  const codes = new ConfirmationCodeCapture();
  const codesFile = confirmationCodesFile(options.dataDir);
  codes.onCode((code) => appendConfirmationCode(codesFile, code));
  const endpoint = `http://127.0.0.1:${port}`;
  const launch = async (): Promise<{ proc: OwnedProcess; ids: PoolIds }> => {
    const proc = spawnOwned(
      process.execPath,
      // Exits when our process dies, however it dies (spawnOwned's lifeline).
      ["--import", EXIT_WITH_PARENT, cognitoLocalBin()],
      { cwd: workDir, env: { ...process.env, HOST: "127.0.0.1", PORT: String(port), AWS_SDK_JS_SUPPRESS_MAINTENANCE_MODE_MESSAGE: "1", DEBUG: "" } },
      true,
    );
    proc.child.stdout?.on("data", (chunk: Buffer) => codes.feedBytes(chunk));
    try {
      await waitForOutput(proc, READY_MARKER, options.startTimeoutMs ?? 30_000, "The local Cognito");
      // Its files keep the pool; the ids file keeps which one is ours (a restart finds the same).
      return { proc, ids: await ensurePool(localCognitoClient(endpoint), join(workDir, "linkgate-ids.json"), options.groups ?? []) };
    } catch (error) {
      await proc.stop();
      throw error;
    }
  };
  const first = await launch();
  const issuer = `${endpoint}/${first.ids.userPoolId}`;
  const running = options.restart
    ? supervise("The local Cognito", first.proc, async () => {
        await assertPortFree(port, "local Cognito");
        return (await launch()).proc;
      }, options.restart)
    : { current: () => first.proc, stop: () => first.proc.stop() };
  return {
    endpoint,
    port,
    ...first.ids,
    issuer,
    jwksUri: `${issuer}/.well-known/jwks.json`,
    confirmationCodes: codes,
    confirmationCodesFile: codesFile,
    pid: () => running.current().child.pid,
    stop: () => running.stop(),
  };
}
