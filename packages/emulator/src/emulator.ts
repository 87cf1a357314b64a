import { join } from "node:path";
import type { AccessLogListener } from "./apigateway/access-log";
import type { ApiDefinition } from "./apigateway/definition";
import { startGateway, type Gateway } from "./apigateway/gateway-server";
import { startCloudWatch, type CloudWatch } from "./cloudwatch/cloudwatch-server";
import type { MetricFilterDefinition } from "./logs/metric-filter";
import { startEmulatorStreams, type StreamsDynamoDb } from "./dynamodb-streams/emulator-streams";
import type { EventSourceMappingDefinition } from "./dynamodb-streams/mapping-definition";
import type { StreamFailureRecord } from "./dynamodb-streams/failure-record";
import type { StreamPollers } from "./dynamodb-streams/stream-pollers";
import { startControlPlane, type ControlPlane } from "./control-plane/control-plane-server";
import { createLambdaRuntime, type LambdaRuntime } from "./lambda/lambda-runtime";
import type { RuntimeLogger } from "./lambda/runtime-log";
import { UsagePlanStore } from "./usage/usage-plan-store";
import type { WebSocketApiDefinition } from "./websocket/definition";
import { startWebSocketGateway, type WebSocketGateway } from "./websocket/websocket-gateway";

export interface EmulatorOptions {
  definition: ApiDefinition;
  /** Function entries in the definition are relative to this directory (the repository root). */
  rootDir: string;
  /** Usage plans, keys and usage are kept here across restarts, bundles under `lambda/`; memory + a temp dir when absent. */
  dataDir?: string;
  /** Where bundles go when there is no dataDir. */
  bundleDir?: string;
  /** 127.0.0.1 ports; 0 (default) picks free ones. */
  ports?: { api?: number; controlPlane?: number; cloudwatch?: number; webSocket?: number };
  /** A WebSocket API stage served beside the REST one; its functions run in the same Lambda runtime. */
  webSocket?: WebSocketApiDefinition;
  /** CloudWatch Logs metric filters on the stage's access log, as a stack declares them on its log group. */
  accessLogMetricFilters?: readonly MetricFilterDefinition[];
  /** Rebuild functions when their sources change. */
  dev?: boolean;
  /** Packages left out of function bundles (default: none, as SST builds them). */
  external?: string[];
  /** SST's `nodejs.plugins` for every function bundle (a module relative to `rootDir`). */
  plugins?: string;
  onAccessLog?: AccessLogListener;
  runtimeLogger?: RuntimeLogger;
  /** Lambda event source mappings on DynamoDB streams (`src/dynamodb-streams/README.md`); they need `dynamodb`. */
  eventSourceMappings?: EventSourceMappingDefinition[];
  /** The DynamoDB (Local) the mappings' tables are in. */
  dynamodb?: StreamsDynamoDb;
  /** Each stream batch a mapping discards, as Lambda's on-failure destination record (also logged). */
  onStreamFailure?: (record: StreamFailureRecord) => void;
}

/** One emulated REST API stage: data plane, Lambda runtime and the management API, wired together. */
export interface Emulator {
  /** The stage's invoke URL (the stage is served at `/` and under `/<stage>/`). */
  url: string;
  /** Endpoint for `@aws-sdk/client-api-gateway` (`AWS_ENDPOINT_URL_API_GATEWAY`). */
  controlPlaneUrl: string;
  /** Endpoint for `@aws-sdk/client-cloudwatch` (`AWS_ENDPOINT_URL_CLOUDWATCH`): the stage's and the functions' metrics. */
  cloudwatchUrl: string;
  cloudwatch: CloudWatch;
  gateway: Gateway;
  runtime: LambdaRuntime;
  store: UsagePlanStore;
  controlPlane: ControlPlane;
  /** The event source mappings' pollers, when there are mappings (`drain()` for tests). */
  streamPollers?: StreamPollers;
  /** `ws://127.0.0.1:<port>/<stage>` of the WebSocket API; undefined without one. */
  webSocketUrl: string | undefined;
  /** The `@connections` endpoint for `@aws-sdk/client-apigatewaymanagementapi`; undefined without a WebSocket API. */
  webSocketManagementUrl: string | undefined;
  webSocket: WebSocketGateway | undefined;
  close(): Promise<void>;
}

export async function startEmulator(options: EmulatorOptions): Promise<Emulator> {
  const { definition } = options;
  const functions = mergeFunctions(definition.functions, options.webSocket?.functions ?? {});
  const bundleDir = options.bundleDir ?? join(options.dataDir ?? options.rootDir, options.dataDir ? "lambda" : ".linkgate/lambda");
  // Each part joins `started` as soon as it is up, so a later part's failure closes it again.
  const started: { close(): Promise<void> }[] = [];
  const cloudwatch = await startCloudWatch({ port: options.ports?.cloudwatch ?? 0, ...(options.dataDir ? { dataDir: options.dataDir } : {}) });
  started.unshift({ close: () => cloudwatch.stop() });
  try {
    const store = await UsagePlanStore.open(options.dataDir ? { dataDir: join(options.dataDir, "apigateway") } : {});
    store.registerStage(definition.restApiId, definition.stage);
    started.unshift(store);
    const runtime = createLambdaRuntime({
      metrics: cloudwatch.recorder,
      functions,
      rootDir: options.rootDir,
      bundleDir,
      dev: options.dev ?? false,
      ...(options.external ? { external: options.external } : {}),
      ...(options.plugins ? { plugins: options.plugins } : {}),
      ...(options.runtimeLogger ? { logger: options.runtimeLogger } : {}),
      ...(definition.region ? { region: definition.region } : {}),
      ...(definition.accountId ? { accountId: definition.accountId } : {}),
    });
    started.unshift(runtime);
    // After the runtime, so closeAll stops the pollers before it: no invocation reaches a closed runtime.
    const streamPollers = await startEmulatorStreams({
      eventSourceMappings: options.eventSourceMappings,
      dynamodb: options.dynamodb,
      runtime,
      functionNames: Object.keys(functions),
      logger: options.runtimeLogger,
      accountId: definition.accountId,
      onFailure: options.onStreamFailure,
    });
    if (streamPollers) started.unshift(streamPollers);
    const gateway = await startGateway({
      definition,
      invoker: runtime,
      usageGate: store,
      port: options.ports?.api ?? 0,
      ...(options.onAccessLog ? { onAccessLog: options.onAccessLog } : {}),
      metrics: { recorder: cloudwatch.recorder, ...(options.accessLogMetricFilters ? { accessLogFilters: options.accessLogMetricFilters } : {}) },
    });
    started.unshift(gateway);
    const controlPlane = await startControlPlane({
      store,
      port: options.ports?.controlPlane ?? 0,
      onFlushAuthorizerCache: (restApiId, stage) => {
        if (restApiId === definition.restApiId && stage === definition.stage) gateway.flushAuthorizerCache();
      },
      onFlushStageCache: (restApiId, stage) => {
        if (restApiId === definition.restApiId && stage === definition.stage) gateway.flushStageCache();
      },
      describeStage: (restApiId, stage) => (restApiId === definition.restApiId && stage === definition.stage ? gateway.definition() : undefined),
      metrics: () => ({ routes: gateway.metrics(), functions: runtime.stats() }),
    });
    started.unshift(controlPlane);
    // Started last, so closed first: its connections' $disconnect still need the runtime.
    const webSocket = options.webSocket
      ? await startWebSocketGateway({
          definition: { region: definition.region, accountId: definition.accountId, ...options.webSocket },
          invoker: runtime,
          port: options.ports?.webSocket ?? 0,
          metrics: cloudwatch.recorder,
          ...(options.onAccessLog ? { onAccessLog: options.onAccessLog } : {}),
        })
      : undefined;
    if (webSocket) started.unshift(webSocket);
    return {
      url: gateway.url,
      controlPlaneUrl: controlPlane.url,
      cloudwatchUrl: cloudwatch.url,
      cloudwatch,
      gateway,
      runtime,
      store,
      controlPlane,
      ...(streamPollers ? { streamPollers } : {}),
      webSocketUrl: webSocket?.url,
      webSocketManagementUrl: webSocket?.managementUrl,
      webSocket,
      close: () => closeAll(started),
    };
  } catch (error) {
    await closeAll(started);
    throw error;
  }
}

/** One runtime runs both APIs' functions, so a name may mean only one function. */
function mergeFunctions<T>(rest: Record<string, T>, webSocket: Record<string, T>): Record<string, T> {
  const clash = Object.keys(webSocket).find((name) => Object.hasOwn(rest, name));
  if (clash) throw new Error(`Function "${clash}" is declared by both the REST and the WebSocket API definitions; give one of them another name.`);
  return { ...rest, ...webSocket };
}

/** Closes in order (servers first, so nothing new arrives), and every one even if an earlier one fails. */
async function closeAll(parts: { close(): Promise<void> }[]): Promise<void> {
  const results = [];
  for (const part of parts) results.push(await part.close().then(() => undefined, (error: unknown) => error));
  const failure = results.find((r) => r !== undefined);
  if (failure) throw failure;
}
