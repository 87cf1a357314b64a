import { tableNames, type TableName } from "@linkgate/core";
import { Resource } from "sst";

/**
 * Everything the functions read from their environment, read once at cold start. Resource names
 * come from SST links (`Resource.<Name>`, env `SST_RESOURCE_<Name>`), which the local stack sets
 * the same way; only values SST does not link have plain variables.
 */
export interface FunctionsConfig {
  /** Physical DynamoDB table names (`Resource.Links.name`, ...). */
  readonly tableNames: Record<TableName, string>;
  /** Base URL short links live on: `LINKGATE_SHORT_BASE_URL`, else the API's URL (`Resource.Api.url`). */
  readonly shortBaseUrl: string;
  /** Signs list cursors: `Resource.CursorSecret.value`, else `LINKGATE_CURSOR_SECRET`. */
  readonly cursorSecret: string;
  /** The REST API and stage whose usage plans, keys and authorizer cache admins manage (`Resource.ApiStage`). */
  readonly restApiId: string;
  readonly stage: string;
  /** The REST API's name: CloudWatch's `ApiName` dimension for the stage's metrics (`Resource.ApiStage.apiName`). */
  readonly apiName: string;
  /** The Cognito user pool admins manage (`Resource.UserPool.id`, else `LINKGATE_USER_POOL_ID`). */
  readonly userPoolId: string;
  /** The user pool's app client partner accounts sign up through (`Resource.UserPoolClient.id`, as the authorizer reads it). */
  readonly userPoolClientId: string;
}

export class FunctionsConfigError extends Error {
  override readonly name = "FunctionsConfigError";
}

/** Where values come from: SST links and plain variables. Tests pass their own. */
export interface ConfigSource {
  link(name: string): Record<string, unknown> | undefined;
  env: Readonly<Record<string, string | undefined>>;
}

export const ENV = {
  shortBaseUrl: "LINKGATE_SHORT_BASE_URL",
  cursorSecret: "LINKGATE_CURSOR_SECRET",
  restApiId: "LINKGATE_REST_API_ID",
  stage: "LINKGATE_STAGE",
  userPoolId: "LINKGATE_USER_POOL_ID",
  apiName: "LINKGATE_API_NAME",
  userPoolClientId: "LINKGATE_USER_POOL_CLIENT_ID",
} as const;

const resources = Resource as unknown as Record<string, Record<string, unknown> | undefined>;

/** The real source: `Resource` (which throws for an unlinked name, hence `in`) and `process.env`. */
export const processConfigSource: ConfigSource = {
  link: (name) => (name in resources ? resources[name] : undefined),
  env: process.env,
};

/** Reads and checks every value; one error names every missing variable or link. */
export function readFunctionsConfig(source: ConfigSource = processConfigSource): FunctionsConfig {
  const problems: string[] = [];
  const pick = (candidates: Array<[value: unknown, where: string]>, what: string): string => {
    for (const [value] of candidates) if (typeof value === "string" && value !== "") return value;
    problems.push(`${what}: set ${candidates.map(([, where]) => where).join(" or ")}`);
    return "";
  };
  const linked = (name: string, field: string) => [source.link(name)?.[field], `SST_RESOURCE_${name} (link ${name}, field "${field}")`] as [unknown, string];
  const env = (name: string) => [source.env[name], name] as [unknown, string];

  const tables = Object.fromEntries(tableNames.map((table) => [table, pick([linked(table, "name")], `table ${table}`)])) as Record<TableName, string>;
  const config: FunctionsConfig = {
    tableNames: tables,
    shortBaseUrl: pick([env(ENV.shortBaseUrl), linked("Api", "url")], "short link base URL"),
    cursorSecret: pick([linked("CursorSecret", "value"), env(ENV.cursorSecret)], "cursor secret"),
    restApiId: pick([linked("ApiStage", "restApiId"), env(ENV.restApiId)], "REST API id"),
    stage: pick([linked("ApiStage", "stage"), env(ENV.stage)], "API stage name"),
    apiName: pick([linked("ApiStage", "apiName"), env(ENV.apiName)], "REST API name"),
    userPoolId: pick([linked("UserPool", "id"), env(ENV.userPoolId)], "user pool id"),
    userPoolClientId: pick([linked("UserPoolClient", "id"), env(ENV.userPoolClientId)], "user pool client id"),
  };
  if (config.cursorSecret && config.cursorSecret.length < 16) problems.push("cursor secret: must be at least 16 characters");
  if (config.shortBaseUrl && !/^https?:\/\/[^/]/.test(config.shortBaseUrl)) problems.push(`short link base URL: '${config.shortBaseUrl}' is not an http(s) URL`);
  if (problems.length) throw new FunctionsConfigError(`Linkgate functions are misconfigured: ${problems.join("; ")}.`);
  return config;
}

/**
 * The live (WebSocket) API's `@connections` endpoint, for the functions that send to connections:
 * `Resource.Live.managementEndpoint`, as SST links an `ApiGatewayWebSocket` (the management API
 * client needs it explicitly, in AWS as locally).
 */
export function readLiveManagementEndpoint(source: ConfigSource = processConfigSource): string {
  const endpoint = source.link("Live")?.managementEndpoint;
  if (typeof endpoint !== "string" || !/^https?:\/\/[^/]/.test(endpoint)) {
    throw new FunctionsConfigError('Linkgate functions are misconfigured: live API endpoint: set SST_RESOURCE_Live (link Live, field "managementEndpoint") to an http(s) URL.');
  }
  return endpoint;
}

/**
 * The variables a function needs, in the shape SST gives them on AWS: what the local stack passes
 * to every function (with `AWS_ENDPOINT_URL_*` inherited from its own process).
 */
export function functionsEnvironment(config: FunctionsConfig, app = { name: "linkgate", stage: "local" }, live?: { url: string; managementEndpoint: string }): Record<string, string> {
  const links: Record<string, unknown> = {
    ...(live ? { Live: live } : {}),
    App: app,
    Api: { url: config.shortBaseUrl },
    ApiStage: { restApiId: config.restApiId, stage: config.stage, apiName: config.apiName },
    UserPool: { id: config.userPoolId },
    UserPoolClient: { id: config.userPoolClientId },
    CursorSecret: { value: config.cursorSecret },
    ...Object.fromEntries(Object.entries(config.tableNames).map(([table, name]) => [table, { name }])),
  };
  return Object.fromEntries(Object.entries(links).map(([name, value]) => [`SST_RESOURCE_${name}`, JSON.stringify(value)]));
}
