import { join } from "node:path";
import { startLocalStack } from "./local-stack";
import { parseStackOptions, USAGE } from "./options";
import { repoRoot } from "./repo-root";
import { stackFilePath, type StackInfo } from "./stack-file";

async function main(): Promise<void> {
  const root = repoRoot();
  const options = parseStackOptions(process.argv.slice(2), process.env, join(root, ".linkgate"));
  if (options === "help") {
    console.log(USAGE);
    return;
  }
  const started = performance.now();
  console.log(`Linkgate local stack — data in ${options.dataDir}`);
  const local = await startLocalStack({
    rootDir: root,
    dataDir: options.dataDir,
    ports: options.ports,
    watch: options.watch,
    serveConsole: options.console,
    ...(options.cacheLikeStage ? { cacheLikeStage: options.cacheLikeStage } : {}),
    progress: (text) => console.log(`  … ${text} (${((performance.now() - started) / 1000).toFixed(1)} s)`),
    // One JSON access-log line per request, as API Gateway's access logging writes them.
    onAccessLog: (line) => console.log(line),
    // DynamoDB Local or the local Cognito died, came back, or was given up on.
    onSupervision: (line) => console.log(`\n  ${line}\n`),
    // The local Cognito sends no email: its codes (sign-up confirmation, …) are shown here.
    onConfirmationCode: (code) => console.log(`\n  ✉ Confirmation code for ${code.username}${code.destination ? ` (${code.destination})` : ""}: ${code.code}\n`),
  });
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`\n${signal}: stopping the stack…`);
    await local.stop();
    process.exit(0);
  };
  process.on("SIGINT", () => void stop("SIGINT"));
  process.on("SIGTERM", () => void stop("SIGTERM"));
  printSummary(local.info, stackFilePath(options.dataDir), (performance.now() - started) / 1000);
}

function printSummary(info: StackInfo, file: string, seconds: number): void {
  console.log(`
Linkgate is up (${seconds.toFixed(1)} s). Written to ${file}

  Console         ${info.consoleUrl ?? "(not served: --no-console)"}
  API             ${info.apiUrl}        (OpenAPI: ${info.apiUrl}/openapi.json)
  Control plane   ${info.controlPlaneUrl}        (AWS_ENDPOINT_URL_API_GATEWAY)
  CloudWatch      ${info.cloudwatchUrl}        (AWS_ENDPOINT_URL_CLOUDWATCH)
  Live API        ${info.webSocketUrl}   (WebSocket, ?token=<access token>; @connections: ${info.webSocketManagementUrl})
  DynamoDB Local  ${info.dynamodbEndpoint}
  Cognito         ${info.cognito.endpoint}  pool ${info.cognito.userPoolId}  client ${info.cognito.clientId}
  Sign-up codes   printed here as they are sent, and appended to ${info.cognito.confirmationCodesFile}

  admin           ${info.admin.username} / ${info.admin.password}
  user            ${info.user.username} / ${info.user.password}
  partner         ${info.partner.id} (${info.partner.plan})  x-api-key: ${info.partner.apiKey}

Ctrl-C stops everything.`);
}

main().catch((error: unknown) => {
  console.error(`\nThe local stack could not start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
