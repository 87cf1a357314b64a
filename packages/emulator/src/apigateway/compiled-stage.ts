import type { LambdaInvoker } from "../lambda/invoker";
import type { AuthorizerCache } from "./authorizer/cache";
import { LambdaAuthorizer } from "./authorizer/lambda-authorizer";
import { compileBinaryMediaTypes, type BinaryMediaMatcher } from "./binary-media";
import type { ApiDefinition, RouteDefinition } from "./definition";
import type { StageInfo } from "./proxy-event";
import { ProxyEventJsonWriter } from "./proxy-event-json";
import { Router } from "./router";
import { compileCors, type CorsHeaders } from "./cors";
import { assertThrottle } from "../usage/usage-validation";
import { StageThrottle } from "./stage-throttle";
import { compileStageCache, type StageCache } from "./cache/stage-cache";
import { randomText } from "./random-pool";

/** Everything derived from an `ApiDefinition`, computed once (and again on `updateDefinition`). */
export interface CompiledStage {
  definition: ApiDefinition;
  router: Router;
  stage: StageInfo;
  eventJson: ProxyEventJsonWriter;
  authorizers: Map<string, LambdaAuthorizer>;
  throttle: StageThrottle;
  isBinary: BinaryMediaMatcher;
  cors: CorsHeaders | undefined;
  integrationTimeoutMs: number;
  apiKeySource: "HEADER" | "AUTHORIZER";
  /** `arn:aws:execute-api:{region}:{account}:{apiId}/{stage}/` — methodArn = this + VERB + path. */
  arnPrefix: string;
  /** Each route's metrics key, `GET /v1/links/{code}`: made once, so every request reuses one string (and its hash). */
  routeKeys: ReadonlyMap<RouteDefinition, string>;
  /** CloudWatch's dimensions for this stage: `ApiName` (the API's name) and `Stage`, and whether per-method metrics are on. */
  metricsIdentity: { apiName: string; stage: string; detailedMetrics: boolean };
  /** The stage cache; undefined without a cache cluster. */
  stageCache: StageCache | undefined;
}

export const DEFAULT_INTEGRATION_TIMEOUT_MS = 29_000;
const MIN_INTEGRATION_TIMEOUT_MS = 50;

export function compileStage(definition: ApiDefinition, invoker: LambdaInvoker, cache: AuthorizerCache): CompiledStage {
  const integrationTimeoutMs = checkedTimeout(definition.integrationTimeoutMs ?? DEFAULT_INTEGRATION_TIMEOUT_MS, "integrationTimeoutMs");
  for (const route of definition.routes) {
    if (route.integrationTimeoutMs !== undefined) checkedTimeout(route.integrationTimeoutMs, `Route ${route.method} ${route.path}: integrationTimeoutMs`);
    if (!definition.functions[route.function]) throw new Error(`Route ${route.method} ${route.path}: unknown function ${route.function}`);
    if (route.authorizer && !definition.authorizers?.[route.authorizer]) throw new Error(`Route ${route.method} ${route.path}: unknown authorizer ${route.authorizer}`);
  }
  assertThrottle(definition.accountThrottle, "accountThrottle");
  const authorizers = new Map<string, LambdaAuthorizer>();
  for (const [name, authorizer] of Object.entries(definition.authorizers ?? {})) {
    authorizers.set(name, new LambdaAuthorizer(name, authorizer, invoker, cache, integrationTimeoutMs));
  }
  const region = definition.region ?? "us-east-1";
  const accountId = definition.accountId ?? "123456789012";
  const stageVariables = definition.stageVariables && Object.keys(definition.stageVariables).length > 0 ? { ...definition.stageVariables } : null;
  const router = new Router(definition.routes);
  // Each compile is a deployment: AWS's deployment ids are short lower-case alphanumerics (`<deployment-id:1>` in recordings).
  const deploymentId = randomText(5, "hex").slice(0, 6);
  const stage: StageInfo = { restApiId: definition.restApiId, stage: definition.stage, deploymentId, accountId, region, stageVariables };
  return {
    definition,
    router,
    stage,
    eventJson: new ProxyEventJsonWriter(stage, router.resources),
    authorizers,
    throttle: new StageThrottle(definition.methodThrottling, definition.accountThrottle),
    isBinary: compileBinaryMediaTypes(definition.binaryMediaTypes),
    cors: compileCors(definition.cors),
    integrationTimeoutMs,
    apiKeySource: definition.apiKeySource ?? "HEADER",
    arnPrefix: `arn:aws:execute-api:${region}:${accountId}:${definition.restApiId}/${definition.stage}/`,
    routeKeys: routeKeysOf(router),
    metricsIdentity: { apiName: definition.name ?? definition.restApiId, stage: definition.stage, detailedMetrics: definition.detailedMetrics !== false },
    stageCache: compileStageCache(definition, router),
  };
}

function routeKeysOf(router: Router): Map<RouteDefinition, string> {
  const keys = new Map<RouteDefinition, string>();
  for (const resource of router.resources) for (const route of resource.methods.values()) keys.set(route, routeKeyOf(route, resource.path));
  return keys;
}

/** A route's metrics key, `GET /v1/links/{code}` (with the resource path normalised by the router). */
export function routeKeyOf(route: RouteDefinition, resourcePath: string): string {
  return `${route.method} ${resourcePath}`;
}

function checkedTimeout(ms: number, what: string): number {
  if (!Number.isInteger(ms) || ms < MIN_INTEGRATION_TIMEOUT_MS || ms > DEFAULT_INTEGRATION_TIMEOUT_MS) throw new Error(`${what} must be an integer from 50 to 29000, got ${ms}`);
  return ms;
}
