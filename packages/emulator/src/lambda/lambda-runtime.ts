import { resolve } from "node:path";
import type { FunctionDefinition } from "./function-definition";
import { RuntimeClosedError, UnknownFunctionError } from "./errors";
import { FunctionBuild } from "./function-build";
import { FunctionPool, type LambdaMetricsSink } from "./function-pool";
import type { FunctionStats } from "./function-stats";
import type { InvokeOptions, InvokeResult, LambdaInvoker } from "./invoker";
import { inheritedEnvironment } from "./lambda-environment";
import { jsonLineLogger, type RuntimeLogger } from "./runtime-log";
import { ColdStartGate } from "./cold-start-gate";
import { SourceWatcher } from "./source-watcher";
import { buildWorkerScript } from "./worker-script";

export interface LambdaRuntimeOptions {
  functions: Record<string, FunctionDefinition>;
  /** Function entries are resolved from here (the repository root). */
  rootDir: string;
  /** Where bundles are written (e.g. `.linkgate/lambda`); any directory works. */
  bundleDir: string;
  /** Rebuild a function when one of its source files changes; unminified builds. */
  dev?: boolean;
  logger?: RuntimeLogger;
  /** Idle workers are stopped after this long (default 5 minutes). */
  idleTimeoutMs?: number;
  /** Default: `AWS_REGION` of this process, else us-east-1. */
  region?: string;
  accountId?: string;
  /**
   * Left out of bundles and resolved at run time from the entry's node_modules. Default: none, as SST
   * builds functions (it bundles the AWS SDK unless told otherwise); `["@aws-sdk/*"]` takes the SDK
   * the nodejs22.x runtime provides instead.
   */
  external?: string[];
  /** SST's `nodejs.plugins`: a module (relative to `rootDir`) whose default export lists esbuild plugins for every bundle. */
  plugins?: string;
  /** Default true; false refuses at once at the concurrency limit, as the Lambda API does. */
  queueWhenBusy?: boolean;
  /** Base environment of every worker (default: `AWS_*`, PATH, HOME, LANG, TMPDIR of this process). */
  inheritedEnv?: Record<string, string>;
  /** AWS/Lambda metrics per invocation, and the functions' EMF lines as metrics (the CloudWatch recorder). */
  metrics?: LambdaMetricsSink;
}

export interface LambdaRuntime extends LambdaInvoker {
  /**
   * Bundles and starts one worker for the function (or for every function), ahead of traffic.
   * Rejects with `BundleError` or `InitFailure` (the function's init threw, e.g. a missing variable).
   */
  warm(functionName?: string): Promise<void>;
  stats(): Record<string, FunctionStats>;
}

export const DEFAULT_IDLE_TIMEOUT_MS = 5 * 60_000;
export const DEFAULT_ACCOUNT_ID = "123456789012";

/** The emulator's Lambda: one worker pool per function, each worker a warm execution environment. */
export function createLambdaRuntime(options: LambdaRuntimeOptions): LambdaRuntime {
  const logger = options.logger ?? jsonLineLogger;
  const rootDir = resolve(options.rootDir);
  const bundleDir = resolve(options.bundleDir);
  const account = { region: options.region ?? process.env.AWS_REGION ?? "us-east-1", accountId: options.accountId ?? DEFAULT_ACCOUNT_ID };
  const bundlerOptions = { rootDir, bundleDir, external: options.external ?? [], minify: !options.dev, ...(options.plugins ? { plugins: options.plugins } : {}) };
  let workerScript: Promise<URL> | undefined;
  const settings = {
    account,
    inheritedEnv: options.inheritedEnv ?? inheritedEnvironment(process.env),
    logger,
    queueWhenBusy: options.queueWhenBusy ?? true,
    coldStarts: new ColdStartGate(),
    ...(options.metrics ? { metrics: options.metrics } : {}),
    workerScript: () => (workerScript ??= buildWorkerScript(bundleDir).catch((error: unknown) => {
      workerScript = undefined;
      throw error;
    })),
  };

  const watcher = options.dev ? new SourceWatcher((name) => rebuild(name)) : undefined;
  const builds = new Map<string, FunctionBuild>();
  const pools = new Map<string, FunctionPool>();
  for (const [name, definition] of Object.entries(options.functions)) {
    const build = new FunctionBuild(name, definition.entry, definition.handler ?? "handler", bundlerOptions, (bundle) =>
      watcher?.track(name, [resolve(rootDir, definition.entry), ...bundle.inputs]),
    );
    watcher?.track(name, [resolve(rootDir, definition.entry)]);
    builds.set(name, build);
    pools.set(name, new FunctionPool(name, definition, build, settings));
  }

  function rebuild(name: string): void {
    const build = builds.get(name);
    if (closed || !build) return;
    build.invalidate();
    pools.get(name)?.retireStaleWorkers();
    logger({ level: "INFO", message: "Source changed; rebuilding", functionName: name });
    // Build now so the next request finds it ready; a failure is reported to that request too.
    build.current().catch((error: unknown) => logger({ level: "ERROR", message: String(error), functionName: name }));
  }

  const idleTimeoutMs = options.idleTimeoutMs ?? DEFAULT_IDLE_TIMEOUT_MS;
  const reaper = setInterval(() => pools.forEach((pool) => pool.reapIdle(idleTimeoutMs)), Math.max(10, Math.min(idleTimeoutMs / 2, 30_000)));
  reaper.unref();
  let closed = false;

  function poolFor(name: string): FunctionPool {
    if (closed) throw new RuntimeClosedError();
    const pool = pools.get(name);
    if (!pool) throw new UnknownFunctionError(name, [...pools.keys()]);
    return pool;
  }

  return {
    invoke(functionName: string, event: unknown, invokeOptions?: InvokeOptions): Promise<InvokeResult> {
      try {
        return poolFor(functionName).invoke(event, invokeOptions);
      } catch (error) {
        return Promise.reject(error instanceof Error ? error : new Error(String(error)));
      }
    },
    async warm(functionName?: string): Promise<void> {
      const targets = functionName === undefined ? [...pools.keys()] : [functionName];
      // Every function gets its chance even if one fails; each failure is logged, the first is thrown.
      const outcomes = await Promise.allSettled(targets.map((name) => poolFor(name).warm()));
      const failures = outcomes.flatMap((outcome, i) => (outcome.status === "rejected" ? [{ name: targets[i]!, error: outcome.reason as unknown }] : []));
      for (const { name, error } of failures) logger({ level: "ERROR", message: `Warm-up failed: ${String(error)}`, functionName: name });
      if (failures[0]) throw failures[0].error;
    },
    stats(): Record<string, FunctionStats> {
      const result: Record<string, FunctionStats> = {};
      for (const [name, pool] of pools) {
        const build = builds.get(name)!;
        result[name] = {
          ...pool.counters,
          liveWorkers: pool.liveWorkers,
          idleWorkers: pool.idleWorkers,
          queued: pool.queued,
          bundleBytes: build.bundleBytes,
          lastBundleMs: build.lastBundleMs,
          builds: build.builds,
        };
      }
      return result;
    },
    async close(): Promise<void> {
      if (closed) return;
      closed = true;
      clearInterval(reaper);
      watcher?.close();
      await Promise.all([...pools.values()].map((pool) => pool.close()));
    },
  };
}
