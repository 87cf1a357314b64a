import { utcDay } from "@linkgate/utc-calendar";
import { randomBytes } from "node:crypto";
import type { FunctionDefinition } from "./function-definition";
import type { FunctionBundle } from "./function-bundler";
import type { FunctionIdentity } from "./worker-protocol";

export const DEFAULT_TIMEOUT_SECONDS = 3;
export const DEFAULT_MEMORY_MB = 128;
export const FUNCTION_VERSION = "$LATEST";

export interface AccountSettings {
  region: string;
  accountId: string;
}

/**
 * Variables a function inherits from the emulator's own process: the basics a process needs, and
 * `AWS_*` (credentials, region, and the `AWS_ENDPOINT_URL_<SERVICE>` overrides that point SDK
 * clients at the local stand-ins). On Lambda the credentials come from the execution role instead;
 * nothing else from the parent leaks in, so a variable missing from the function's config is missing
 * here too.
 */
export function inheritedEnvironment(parent: NodeJS.ProcessEnv): Record<string, string> {
  const inherited: Record<string, string> = {};
  for (const [key, value] of Object.entries(parent)) {
    if (value !== undefined && (key.startsWith("AWS_") || ["PATH", "HOME", "LANG", "TMPDIR"].includes(key))) inherited[key] = value;
  }
  return inherited;
}

/** A Lambda-shaped log stream name: `2026/11/24/[$LATEST]<32 hex>`, one per execution environment. */
export function newLogStreamName(now = new Date()): string {
  const day = utcDay(now).replaceAll("-", "/");
  return `${day}/[${FUNCTION_VERSION}]${randomBytes(16).toString("hex")}`;
}

export function workerBoot(name: string, fn: FunctionDefinition, bundle: FunctionBundle, account: AccountSettings): FunctionIdentity {
  return {
    bundleUrl: bundle.url,
    handlerName: fn.handler ?? "handler",
    handlerLabel: bundle.handlerLabel,
    functionName: name,
    functionVersion: FUNCTION_VERSION,
    invokedFunctionArn: `arn:aws:lambda:${account.region}:${account.accountId}:function:${name}`,
    memoryLimitInMB: String(fn.memoryMb ?? DEFAULT_MEMORY_MB),
    logGroupName: `/aws/lambda/${name}`,
    logStreamName: newLogStreamName(),
  };
}

/**
 * One worker's environment: inherited basics, then the function's own variables (SST_RESOURCE_*
 * included), then Lambda's reserved variables, which a function cannot override on AWS either.
 */
export function workerEnvironment(
  boot: FunctionIdentity,
  fn: FunctionDefinition,
  bundle: FunctionBundle,
  account: AccountSettings,
  inherited: Record<string, string>,
): Record<string, string> {
  return {
    ...inherited,
    ...fn.environment,
    AWS_REGION: account.region,
    AWS_DEFAULT_REGION: account.region,
    AWS_EXECUTION_ENV: "AWS_Lambda_nodejs22.x",
    AWS_LAMBDA_FUNCTION_NAME: boot.functionName,
    AWS_LAMBDA_FUNCTION_MEMORY_SIZE: boot.memoryLimitInMB,
    AWS_LAMBDA_FUNCTION_VERSION: boot.functionVersion,
    AWS_LAMBDA_INITIALIZATION_TYPE: "on-demand",
    AWS_LAMBDA_LOG_GROUP_NAME: boot.logGroupName,
    AWS_LAMBDA_LOG_STREAM_NAME: boot.logStreamName,
    LAMBDA_TASK_ROOT: bundle.taskRoot,
    _HANDLER: bundle.handlerLabel,
  };
}

/**
 * The heap Lambda's Node runtime gives a function of `memoryMb`: its bootstrap (/var/runtime/bootstrap,
 * as public captures of the nodejs14.x and nodejs18.x images show) starts node with a new space of a
 * tenth of the memory, `--max-semi-space-size` half of it and `--max-old-space-size` the rest. V8's
 * young generation is three semi-spaces (two for the scavenger, one for new large objects). Without
 * this a worker keeps V8's default young generation (48 MB: three 16 MB semi-spaces, where a
 * 1,024 MB Lambda has 153 MB) and collects more often than the function would on Lambda.
 */
export function lambdaHeapLimits(memoryMb: number): { maxOldGenerationSizeMb: number; maxYoungGenerationSizeMb: number } {
  const newSpaceMb = Math.floor(memoryMb / 10);
  const semiSpaceMb = Math.floor(newSpaceMb / 2);
  return { maxOldGenerationSizeMb: memoryMb - newSpaceMb, maxYoungGenerationSizeMb: 3 * semiSpaceMb };
}

/** CPU-profile options a process hands on to its workers; not `--cpu-prof-name`, which every thread would overwrite. */
const INHERITED_PROFILE_OPTIONS = new Set(["--cpu-prof-dir", "--cpu-prof-interval"]);

/**
 * A worker's Node flags. An explicit `execArgv` replaces the process's own, so without this a stack
 * started with `--cpu-prof` would profile its main thread only, not the functions it runs.
 */
export function workerExecArgv(processExecArgv: readonly string[]): string[] {
  const flags = ["--enable-source-maps"];
  for (let index = 0; index < processExecArgv.length; index++) {
    const [name = "", inlineValue] = processExecArgv[index]!.split("=", 2);
    if (name === "--cpu-prof") flags.push(name);
    if (!INHERITED_PROFILE_OPTIONS.has(name)) continue;
    // `--cpu-prof-dir dir` (two arguments) is handed on as `--cpu-prof-dir=dir`.
    const value = inlineValue ?? processExecArgv[++index];
    if (value !== undefined) flags.push(`${name}=${value}`);
  }
  return flags;
}
