/**
 * What the emulator serves: one REST API stage. Generic — it knows nothing about links; apps/local
 * builds this from the contract, the way infra/api.ts builds the AWS resources from it.
 */
import type { FunctionDefinition } from "../lambda/function-definition";
import type { CacheClusterSize, MethodCacheSettings } from "./cache/cache-definition";

export type HttpMethod = "GET" | "POST" | "PUT" | "PATCH" | "DELETE" | "HEAD" | "OPTIONS" | "ANY";

export interface RouteDefinition {
  method: HttpMethod;
  /** API Gateway resource path: `/v1/links/{code}`, `/{proxy+}`, `/`. */
  path: string;
  /** Name of the function (key of `ApiDefinition.functions`) behind a Lambda proxy integration. */
  function: string;
  /** Name of the authorizer (key of `ApiDefinition.authorizers`), if the method uses one. */
  authorizer?: string;
  apiKeyRequired?: boolean;
  /** This method's integration timeout (50–29,000 ms, as API Gateway's `timeoutInMillis`); default: the stage's. */
  integrationTimeoutMs?: number;
  /**
   * The integration's `cacheKeyParameters`: `method.request.querystring.x`, `method.request.multivaluequerystring.x`,
   * `method.request.header.x`, `method.request.multivalueheader.x`, `method.request.path.x`. With the stage cache
   * on, responses are cached per method + resource path + these values (a path parameter is part of the key
   * only when listed, as on AWS).
   */
  cacheKeyParameters?: string[];
}

export interface AuthorizerDefinition {
  type: "TOKEN" | "REQUEST";
  /** Name of the function that implements it. */
  function: string;
  /**
   * Identity sources in API Gateway syntax: `method.request.header.Authorization`,
   * `method.request.querystring.token`, `stageVariables.x`, `context.x`. TOKEN takes exactly one header.
   */
  identitySource: string[];
  /** Result cache TTL; 0 disables caching. Default 300, max 3600. */
  resultTtlSeconds?: number;
  /** TOKEN only: a regex the token must match, or 401 without invoking the authorizer. */
  identityValidationExpression?: string;
}

export interface ThrottleSettings {
  rateLimit: number;
  burstLimit: number;
}

export interface ApiDefinition {
  /** Used in ARNs, `requestContext.apiId` and the control plane's `/restapis/{id}`. */
  restApiId: string;
  /** The REST API's name: CloudWatch's `ApiName` dimension. Default: the restApiId. */
  name?: string;
  stage: string;
  /** The stage's detailed CloudWatch metrics (methodSettings `metricsEnabled`): per resource and method. Default true. */
  detailedMetrics?: boolean;
  region?: string;
  accountId?: string;
  routes: RouteDefinition[];
  authorizers?: Record<string, AuthorizerDefinition>;
  functions: Record<string, FunctionDefinition>;
  /** Where API keys come from on key-required methods. Default HEADER (`x-api-key`). */
  apiKeySource?: "HEADER" | "AUTHORIZER";
  binaryMediaTypes?: string[];
  /**
   * SST's `cors: true`: OPTIONS answered at the gateway, DEFAULT_4XX/5XX allow any origin, any
   * header (`*`). `{ allowHeaders }`: the same with these headers listed instead of `*`, as a stack
   * deploys when it rewrites SST's value (the Fetch standard never lets `*` cover Authorization).
   */
  cors?: boolean | { allowHeaders: readonly string[] };
  stageVariables?: Record<string, string>;
  /** Stage method settings, keyed `*\/*` or `/path/VERB` (API Gateway's MethodSettings). */
  methodThrottling?: Record<string, ThrottleSettings>;
  /** Integration timeout (default 29,000 ms, API Gateway's maximum). */
  integrationTimeoutMs?: number;
  /**
   * The account-level throttle per region (default 10,000 rps, burst 5,000). AWS raises it on
   * request (a Service Quotas increase); benchmarks that outrun the default set it here.
   */
  accountThrottle?: ThrottleSettings;
  /** The stage's cache cluster (Stage `cacheClusterEnabled`): without it nothing is cached. Default false. */
  cacheClusterEnabled?: boolean;
  /** The cluster's size in GB, one of AWS's (`cache/cache-definition.ts`); default "0.5". Bounds the cache's memory. */
  cacheClusterSize?: CacheClusterSize;
  /** Stage method settings' caching fields, keyed `*\/*` or `/path/VERB` (API Gateway's MethodSettings). */
  methodCaching?: Record<string, MethodCacheSettings>;
}
