import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseStackOptions, USAGE } from "./options";
import { repoRoot } from "./repo-root";
import { seedStack } from "./seed";
import { stackFilePath, writeStackFile, type StackInfo } from "./stack-file";
import { startStack } from "./start-stack";

/** Authorizer result cache TTL, as deployed (infra/api.ts). */
const AUTHORIZER_TTL_SECONDS = 300;

async function main(): Promise<void> {
  const root = repoRoot();
  const options = parseStackOptions(process.argv.slice(2), process.env, join(root, ".linkgate"));
  if (options === "help") {
    console.log(USAGE);
    return;
  }
  const started = performance.now();
  const step = (text: string) => console.log(`  … ${text} (${((performance.now() - started) / 1000).toFixed(1)} s)`);
  console.log(`Linkgate local stack — data in ${options.dataDir}`);

  const stack = await startStack({
    rootDir: root,
    dataDir: options.dataDir,
    ports: options.ports,
    watch: options.watch,
    authorizerTtlSeconds: AUTHORIZER_TTL_SECONDS,
    progress: step,
    // One JSON access-log line per request, as API Gateway's access logging writes them.
    onAccessLog: (line) => console.log(line),
  });
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`\n${signal}: stopping the stack…`);
    await stack.stop();
    process.exit(0);
  };
  process.on("SIGINT", () => void stop("SIGINT"));
  process.on("SIGTERM", () => void stop("SIGTERM"));

  step("Seeding plans, users and the demo partner");
  const previous = readPreviousStack(options.dataDir);
  const info: StackInfo = await seedStack(stack, previous);
  const file = writeStackFile(options.dataDir, info);
  printSummary(info, file, (performance.now() - started) / 1000);
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

function printSummary(info: StackInfo, file: string, seconds: number): void {
  console.log(`
Linkgate is up (${seconds.toFixed(1)} s). Written to ${file}

  API             ${info.apiUrl}        (OpenAPI: ${info.apiUrl}/openapi.json)
  Control plane   ${info.controlPlaneUrl}        (AWS_ENDPOINT_URL_API_GATEWAY)
  DynamoDB Local  ${info.dynamodbEndpoint}
  Cognito         ${info.cognito.endpoint}  pool ${info.cognito.userPoolId}  client ${info.cognito.clientId}

  admin           ${info.admin.username} / ${info.admin.password}
  user            ${info.user.username} / ${info.user.password}
  partner         ${info.partner.id} (${info.partner.plan})  x-api-key: ${info.partner.apiKey}

Ctrl-C stops everything.`);
}

main().catch((error: unknown) => {
  console.error(`\nThe local stack could not start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
