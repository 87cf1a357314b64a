/**
 * The local stack as `npm start` runs it (src/main.ts: an access-log line per request on stdout),
 * in a process of its own so the bench can read its CPU from /proc, with the throttles raised as a
 * Service Quotas increase would (the stage's is 1,000 rps, below what this bench offers).
 * Started by stack-throughput.bench.ts with an IPC channel; says `ready` with the stack's details.
 *
 *   tsx bench/stack-server.ts <dataDir> <apiPort> <controlPlanePort> <dynamodbPort> <cognitoPort>
 */
import { startLocalStack } from "../src/local-stack";
import { repoRoot } from "../src/repo-root";
import type { StackInfo } from "../src/stack-file";
import { threadIds } from "./proc-cpu";

export interface StackServerReady {
  kind: "ready";
  info: StackInfo;
  dynamodbPid: number | undefined;
  /** Threads alive before the stack started: V8's platform threads (GC, compiler) among them. */
  bootThreads: number[];
}

const RAISED_THROTTLE = { rateLimit: 1_000_000, burstLimit: 1_000_000 };

const bootThreads = threadIds(process.pid);
const [dataDir, api, controlPlane, dynamodb, cognito, cloudwatch, webSocket] = process.argv.slice(2);
const local = await startLocalStack({
  rootDir: repoRoot(),
  dataDir: dataDir!,
  ports: { api: Number(api), controlPlane: Number(controlPlane), dynamodb: Number(dynamodb), cognito: Number(cognito), cloudwatch: Number(cloudwatch), webSocket: Number(webSocket), console: 0 },
  onAccessLog: (line) => console.log(line),
  throttleOverride: RAISED_THROTTLE,
});
const ready: StackServerReady = { kind: "ready", info: local.info, dynamodbPid: local.stack.pids().dynamodb, bootThreads };
process.send?.(ready);
process.on("message", (message: { kind: string }) => {
  if (message.kind === "stop") void local.stop().then(() => process.exit(0));
});
process.on("disconnect", () => void local.stop().then(() => process.exit(0)));
