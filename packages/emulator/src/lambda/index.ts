export { createLambdaRuntime, DEFAULT_ACCOUNT_ID, DEFAULT_IDLE_TIMEOUT_MS, type LambdaRuntime, type LambdaRuntimeOptions } from "./lambda-runtime";
export type { FunctionDefinition } from "./function-definition";
export type { InvokeOptions, InvokeResult, LambdaInvoker } from "./invoker";
export type { FunctionStats } from "./function-stats";
export { jsonLineLogger, type RuntimeLogEntry, type RuntimeLogger } from "./runtime-log";
export { BundleError, RuntimeClosedError, UnknownFunctionError } from "./errors";
export { InitFailure } from "./function-worker";
export { DEFAULT_CONCURRENCY, DEFAULT_MAX_QUEUE_WAIT_MS } from "./function-pool";
export { DEFAULT_MEMORY_MB, DEFAULT_TIMEOUT_SECONDS } from "./lambda-environment";
