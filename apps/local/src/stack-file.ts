import { mkdirSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";

/** What `npm start` prints and writes to `<dataDir>/stack.json`; scripts and tools depend on these names. */
export interface StackInfo {
  apiUrl: string;
  controlPlaneUrl: string;
  /** The CloudWatch metrics API: AWS_ENDPOINT_URL_CLOUDWATCH for scripts and the SDK. */
  cloudwatchUrl: string;
  /** The live (WebSocket) API: `ws://127.0.0.1:<port>/<stage>?token=<access token>`. */
  webSocketUrl: string;
  /** Its `@connections` API: the `endpoint` of `@aws-sdk/client-apigatewaymanagementapi`. */
  webSocketManagementUrl: string;
  consoleUrl?: string;
  dynamodbEndpoint: string;
  /** `confirmationCodesFile`: JSON lines `{ username, code, destination?, at }`, one per code the local Cognito sent (sign-up, …). */
  cognito: { endpoint: string; userPoolId: string; clientId: string; confirmationCodesFile: string };
  admin: { username: string; password: string };
  user: { username: string; password: string };
  partner: { id: string; apiKey: string; plan: string };
}

export function stackFilePath(dataDir: string): string {
  return join(dataDir, "stack.json");
}

/** Written to a temp file and renamed, so a reader never sees half a file. */
export function writeStackFile(dataDir: string, info: StackInfo): string {
  mkdirSync(dataDir, { recursive: true });
  const path = stackFilePath(dataDir);
  const temp = `${path}.${process.pid}.tmp`;
  writeFileSync(temp, `${JSON.stringify(info, null, 2)}\n`, { mode: 0o600 });
  renameSync(temp, path);
  return path;
}
