import { tableDefinitions, type TableName } from "@linkgate/core/tables";
import { localModeEnvironment } from "@linkgate/authorizer";
import { accessLogMetricFilters, ADMIN_GROUP, PARTNER_GROUP, routes } from "@linkgate/contract";
import { CACHED_STAGE, stageCacheFor, type StageCacheSpec } from "@linkgate/infra/mapping";
import { createCore, createTables } from "@linkgate/core";
import {
  describeSupervisorEvent,
  startDynamoDbLocal,
  startEmulator,
  startLocalCognito,
  type AccessLogListener,
  type ConfirmationCode,
  type Emulator,
  type RestartPolicy,
  type ThrottleSettings,
} from "@linkgate/emulator";
import { join } from "node:path";
import { buildLocalApiDefinition } from "./api-definition";
import { buildLinkStreamMapping, buildLocalLiveDefinition } from "./live-definition";
import type { StackPorts } from "./options";
import { functionsEnvironment } from "@linkgate/functions";
import { FUNCTION_BUNDLE_EXTERNAL, FUNCTION_BUNDLE_PLUGINS } from "@linkgate/functions/entries";

export const LOCAL_APP = { name: "linkgate", stage: "local" } as const;
export const LOCAL_REGION = "us-east-1";
export const REST_API_ID = "linkgate";
const LIVE_API_ID = "linkgate-live";
/** The REST API's name, as SST names it on AWS (`<app>-<stage>-Api`): CloudWatch's ApiName dimension. */
export const LOCAL_API_NAME = `${LOCAL_APP.name}-${LOCAL_APP.stage}-Api`;
/** Signs list cursors locally; a deployed stage uses its own secret. Not a secret on a dev machine. */
const LOCAL_CURSOR_SECRET = "local-stack-cursor-signing-key";

export interface StartStackInput {
  rootDir: string;
  dataDir: string;
  ports: StackPorts;
  watch: boolean;
  authorizerTtlSeconds: number;
  onAccessLog?: AccessLogListener;
  /** Each confirmation code the local Cognito sends (it sends no email): `npm start` prints them. */
  onConfirmationCode?: (code: ConfirmationCode) => void;
  progress?: (step: string) => void;
  /** One line each time DynamoDB Local or the local Cognito dies, is restarted, or is given up on. */
  onSupervision?: (line: string) => void;
  /** Restart delays for DynamoDB Local and the local Cognito (tests shorten them). */
  restartDelaysMs?: readonly number[];
  /** Benches: the stage's and the account's throttle, raised (see LocalApiInput). */
  throttleOverride?: ThrottleSettings;
  /** Declare the stage cache SST deploys for this SST stage (`"production"`); default: none, as the local stage has. */
  cacheLikeStage?: string;
}

export interface RunningStack {
  apiUrl: string;
  controlPlaneUrl: string;
  /** The emulator's CloudWatch metrics API (AWS_ENDPOINT_URL_CLOUDWATCH). */
  cloudwatchUrl: string;
  /** The live (WebSocket) API, and its `@connections` endpoint. */
  webSocketUrl: string;
  webSocketManagementUrl: string;
  dynamodbEndpoint: string;
  cognito: {
    endpoint: string;
    userPoolId: string;
    clientId: string;
    issuer: string;
    latestConfirmationCode(username: string): string | undefined;
    /** Every code is also appended here (JSON lines), for other processes: see stack.json. */
    confirmationCodesFile: string;
  };
  restApiId: string;
  stage: string;
  emulator: Emulator;
  /** Process ids of the supervised children now running (fault tests kill them). */
  pids(): { dynamodb: number | undefined; cognito: number | undefined };
  stop(): Promise<void>;
}

/**
 * Brings the whole stack up on 127.0.0.1, in order, each step announced: DynamoDB Local and the
 * local Cognito (in parallel), the tables, then the emulator with every contract route. If a step
 * fails, what was started is stopped again.
 */
export async function startStack(input: StartStackInput): Promise<RunningStack> {
  const progress = input.progress ?? (() => {});
  const stoppers: (() => Promise<void>)[] = [];
  const stop = async () => {
    for (const stopOne of stoppers.reverse().splice(0)) await stopOne().catch(() => {});
  };
  try {
    progress("Starting DynamoDB Local and the local Cognito");
    // Either one dying is said in one line and it is restarted on its port with its data.
    const restart = (where: string): RestartPolicy => ({
      ...(input.restartDelaysMs ? { delaysMs: input.restartDelaysMs } : {}),
      onEvent: (event) => input.onSupervision?.(describeSupervisorEvent(event, where)),
    });
    const [dynamodb, cognito] = await Promise.all([
      startDynamoDbLocal({ port: input.ports.dynamodb, dataDir: join(input.dataDir, "dynamodb"), restart: restart(`127.0.0.1:${input.ports.dynamodb}`) }),
      startLocalCognito({ port: input.ports.cognito, dataDir: input.dataDir, groups: [ADMIN_GROUP, PARTNER_GROUP], restart: restart(`127.0.0.1:${input.ports.cognito}`) }),
    ]);
    stoppers.push(() => dynamodb.stop(), () => cognito.stop());
    if (input.onConfirmationCode) cognito.confirmationCodes.onCode(input.onConfirmationCode);

    const tableNames = Object.fromEntries(tableDefinitions.map((t) => [t.name, `${LOCAL_APP.name}-${LOCAL_APP.stage}-${t.name}`])) as Record<TableName, string>;
    const apiUrl = `http://127.0.0.1:${input.ports.api}`;
    const controlPlaneUrl = `http://127.0.0.1:${input.ports.controlPlane}`;
    const cloudwatchUrl = `http://127.0.0.1:${input.ports.cloudwatch}`;
    // The live API's URLs, known before it starts (fixed port): the functions are linked to it, as SST links `Live`.
    const live = { url: `ws://127.0.0.1:${input.ports.webSocket}/${LOCAL_APP.stage}`, managementEndpoint: `http://127.0.0.1:${input.ports.webSocket}/${LOCAL_APP.stage}` };
    const awsEnvironment = {
      AWS_REGION: LOCAL_REGION,
      AWS_ACCESS_KEY_ID: "local",
      AWS_SECRET_ACCESS_KEY: "local",
      AWS_ENDPOINT_URL_DYNAMODB: dynamodb.endpoint,
      AWS_ENDPOINT_URL_COGNITO_IDENTITY_PROVIDER: cognito.endpoint,
      AWS_ENDPOINT_URL_API_GATEWAY: controlPlaneUrl,
      AWS_ENDPOINT_URL_CLOUDWATCH: cloudwatchUrl,
    };
    Object.assign(process.env, awsEnvironment);

    progress("Creating tables");
    await createTables(createCore({ tableNames, shortBaseUrl: apiUrl, cursorSecret: LOCAL_CURSOR_SECRET }));

    // The same SST links a deployed function gets (Resource.X), as SST_RESOURCE_* variables.
    const environment = {
      ...awsEnvironment,
      ...functionsEnvironment(
        {
          tableNames,
          shortBaseUrl: apiUrl,
          cursorSecret: LOCAL_CURSOR_SECRET,
          restApiId: REST_API_ID,
          stage: LOCAL_APP.stage,
          apiName: LOCAL_API_NAME,
          userPoolId: cognito.userPoolId,
          userPoolClientId: cognito.clientId,
        },
        LOCAL_APP,
        live,
      ),
    };
    // Local mode trusts the local Cognito's issuer: asked for explicitly, never inferred.
    const authorizerEnvironment = localModeEnvironment({ ...cognito, ownersTable: tableNames.Owners, app: LOCAL_APP.name, stage: LOCAL_APP.stage });

    progress("Starting the API Gateway emulator");
    const linkStream = buildLinkStreamMapping({ environment, linksTable: tableNames.Links });
    const restApi = buildLocalApiDefinition({
        restApiId: REST_API_ID,
        name: LOCAL_API_NAME,
        stage: LOCAL_APP.stage,
        region: LOCAL_REGION,
        environment,
        authorizerEnvironment,
        authorizerTtlSeconds: input.authorizerTtlSeconds,
        ...(input.throttleOverride ? { throttleOverride: input.throttleOverride } : {}),
        ...(input.cacheLikeStage ? stageCacheInput(input.cacheLikeStage) : {}),
      });
    const emulator = await startEmulator({
      definition: { ...restApi, functions: { ...restApi.functions, ...linkStream.functions } },
      webSocket: buildLocalLiveDefinition({ apiId: LIVE_API_ID, stage: LOCAL_APP.stage, environment, authorizerEnvironment, linksTable: tableNames.Links }),
      // DynamoDB Streams → Lambda on DynamoDB Local: the Links table's subscriber, as SST subscribes it.
      eventSourceMappings: [linkStream.mapping],
      dynamodb: { endpoint: dynamodb.endpoint, region: LOCAL_REGION, credentials: { accessKeyId: awsEnvironment.AWS_ACCESS_KEY_ID, secretAccessKey: awsEnvironment.AWS_SECRET_ACCESS_KEY } },
      rootDir: input.rootDir,
      dataDir: input.dataDir,
      ports: { api: input.ports.api, controlPlane: input.ports.controlPlane, cloudwatch: input.ports.cloudwatch, webSocket: input.ports.webSocket },
      // The metric filters SST puts on the stage's access log group, so refusals are counted by kind.
      accessLogMetricFilters: Object.values(accessLogMetricFilters),
      dev: input.watch,
      // Bundled as SST bundles them (infra/mapping/functions.ts reads the same list and plugins).
      external: [...FUNCTION_BUNDLE_EXTERNAL],
      plugins: FUNCTION_BUNDLE_PLUGINS,
      ...(input.onAccessLog ? { onAccessLog: input.onAccessLog } : {}),
    });
    stoppers.push(() => emulator.close());

    return {
      apiUrl: emulator.url,
      controlPlaneUrl: emulator.controlPlaneUrl,
      cloudwatchUrl: emulator.cloudwatchUrl,
      webSocketUrl: live.url,
      webSocketManagementUrl: live.managementEndpoint,
      dynamodbEndpoint: dynamodb.endpoint,
      cognito: {
        endpoint: cognito.endpoint,
        userPoolId: cognito.userPoolId,
        clientId: cognito.clientId,
        issuer: cognito.issuer,
        latestConfirmationCode: (username) => cognito.confirmationCodes.latest(username),
        confirmationCodesFile: cognito.confirmationCodesFile,
      },
      restApiId: REST_API_ID,
      stage: LOCAL_APP.stage,
      emulator,
      pids: () => ({ dynamodb: dynamodb.pid(), cognito: cognito.pid() }),
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** The stage cache of `stage` as infra/mapping decides it; a stage without one is an error, not a silent no-op. */
function stageCacheInput(stage: string): { stageCache: StageCacheSpec } {
  const stageCache = stageCacheFor(stage, routes);
  if (!stageCache) throw new Error(`cacheLikeStage: the "${stage}" stage has no stage cache; only "${CACHED_STAGE}" has one.`);
  return { stageCache };
}
