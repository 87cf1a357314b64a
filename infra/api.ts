import { AUTHORIZER_ENTRY } from "@linkgate/functions/entries";
import { plans, routes } from "@linkgate/contract";
import { userPoolClient, userPool, userPoolLink } from "./auth";
import { AUTHORIZER_IDENTITY_SOURCE, AUTHORIZER_NAME, AUTHORIZER_TTL_SECONDS, AUTHORIZER_VALIDATION_EXPRESSION } from "./mapping/authorizer";
import { withAccessLogMetricFields } from "./mapping/access-log";
import { withListedCorsHeaders } from "./mapping/cors";
import { sstFunctionSettings } from "./mapping/functions";
import { accountReaderPermissionsFor, ACCOUNT_READER_ROUTES, adminPermissionsFor, METRICS_READER_ROUTES, metricsReaderPermissions, partnerAccountPermissionsFor, SIGN_UP_ROUTES, signUpPermissionsFor, USAGE_READER_ROUTES, usageReaderPermissionsFor } from "./mapping/permissions";
import { pascalCase, stageThrottleFor, usagePlanResourceName, usagePlansFor } from "./mapping/plans";
import { apiRoutesFor, routeArgsFor, sstHandlerFor } from "./mapping/routes";
import { cachedMethodSettings, stageCacheFor } from "./mapping/stage-cache";
import { table, tables } from "./storage";

/**
 * The REST API (API Gateway v1, regional): one method per contract route, the Lambda authorizer
 * for users and admins, API keys + usage plans for partners, and a stage-wide throttle.
 */

// SST's `cors: true` allows request headers `*`, which never covers Authorization: list them instead
// (mapping/cors.ts). Registered before the API, so its OPTIONS mocks and gateway responses get it.
$transform(aws.apigateway.IntegrationResponse, (args) => {
  args.responseParameters = withListedCorsHeaders(args.responseParameters);
});
$transform(aws.apigateway.Response, (args) => {
  args.responseParameters = withListedCorsHeaders(args.responseParameters);
});

/** The stage cache: production only (mapping/stage-cache.ts says which routes, and why). */
const stageCache = stageCacheFor($app.stage, routes);

export const api = new sst.aws.ApiGatewayV1("Api", {
  endpoint: { type: "regional" },
  // The access log also says which gateway response answered, so metric filters can tell throttling
  // from quota exhaustion (infra/monitoring.ts).
  transform: {
    stage: (args) => {
      const settings = args.accessLogSettings;
      if (settings) args.accessLogSettings = $output(settings).apply((resolved) => ({ ...resolved, format: withAccessLogMetricFields(resolved.format) }));
      if (stageCache) {
        args.cacheClusterEnabled = true;
        args.cacheClusterSize = stageCache.clusterSize;
      }
    },
  },
});

/**
 * `Resource.ApiStage.{restApiId,stage,apiName}`: what the admin functions pass to the API Gateway control
 * plane for usage plans and keys (the URL in `Resource.Api.url` is not an id locally), and to CloudWatch.
 */
export const apiStage = new sst.Linkable("ApiStage", {
  // apiName: the ApiName dimension of the stage's CloudWatch metrics (the admin metrics route reads them).
  properties: { restApiId: api.nodes.api.id, stage: $app.stage, apiName: api.nodes.api.name },
});

const region = aws.getRegionOutput().region;

const adminPermissions = $resolve({ region, restApiId: api.nodes.api.id, userPoolArn: userPool.nodes.userPool.arn }).apply((refs) =>
  adminPermissionsFor({ ...refs, stage: $app.stage }),
);

/** What both authorizers (this one and the live API's) link: the pool and client tokens are checked against, and Owners (disabled users). */
export const authorizerLinks = [userPoolLink, userPoolClient, table("Owners")];

export const authorizer = api.addAuthorizer({
  name: AUTHORIZER_NAME,
  tokenFunction: {
    handler: sstHandlerFor(AUTHORIZER_ENTRY),
    ...sstFunctionSettings,
    link: authorizerLinks,
  },
  identitySource: AUTHORIZER_IDENTITY_SOURCE,
  ttl: AUTHORIZER_TTL_SECONDS,
  transform: { authorizer: { identityValidationExpression: AUTHORIZER_VALIDATION_EXPRESSION } },
});

const usageReaderPermissions = region.apply((name) => usageReaderPermissionsFor({ region: name }));
const partnerAccountPermissions = $resolve({ region, restApiId: api.nodes.api.id }).apply((refs) => partnerAccountPermissionsFor({ ...refs, stage: $app.stage }));
const signUpPermissions = userPool.nodes.userPool.arn.apply((userPoolArn) => signUpPermissionsFor({ userPoolArn }));
const portalPermissionsFor = (name: string) =>
  ACCOUNT_READER_ROUTES.includes(name)
    ? $resolve({ region, restApiId: api.nodes.api.id, userPoolArn: userPool.nodes.userPool.arn }).apply((refs) => [
        ...partnerAccountPermissionsFor({ ...refs, stage: $app.stage }),
        ...accountReaderPermissionsFor(refs),
      ])
    : partnerAccountPermissions;

/**
 * Signs list cursors (tamper-checked paging). Set once per stage before the first deploy:
 * `npx sst secret set CursorSecret "$(openssl rand -base64 32)" --stage <name>`.
 */
export const cursorSecret = new sst.Secret("CursorSecret");

/**
 * What every function links (these routes, the live API's, the Links stream consumer): the functions'
 * configuration reads all of it at cold start and refuses to start without any of it
 * (packages/functions/src/config.ts). Every table, since core services may touch any. `UserPool` is
 * an id only (no permission, see auth.ts); the admin routes' Cognito rights are their `permissions`.
 * `UserPoolClient` is the app client partner accounts sign up through (`POST /portal/sign-up`).
 */
export const functionLinks = [...Object.values(tables), api, apiStage, cursorSecret, userPoolLink, userPoolClient];

for (const spec of apiRoutesFor(routes)) {
  api.route(
    spec.routeKey,
    {
      handler: spec.handler,
      ...sstFunctionSettings,
      link: functionLinks,
      ...(spec.admin ? { permissions: METRICS_READER_ROUTES.includes(spec.name) ? adminPermissions.apply((granted) => [...granted, ...metricsReaderPermissions()]) : adminPermissions } : {}),
      ...(USAGE_READER_ROUTES.includes(spec.name) ? { permissions: usageReaderPermissions } : {}),
      ...(spec.partnerAccount ? { permissions: portalPermissionsFor(spec.name) } : {}),
      ...(SIGN_UP_ROUTES.includes(spec.name) ? { permissions: signUpPermissions } : {}),
    },
    routeArgsFor(spec, authorizer.id),
  );
}

api.deploy();

const usagePlanSpecs = usagePlansFor(plans);

// SST's addUsagePlan has no name option; name each plan after its contract id so the admin
// functions (and people in the AWS console) find "free", "pro", … rather than random suffixes.
$transform(aws.apigateway.UsagePlan, (args, _opts, name) => {
  if (!args) throw new Error(`Usage plan "${name}" has no arguments.`);
  const spec = usagePlanSpecs.find((candidate) => usagePlanResourceName(candidate) === name);
  if (!spec) throw new Error(`Usage plan "${name}" is not one of the contract's plans.`);
  args.name = spec.usagePlanName;
  args.description = spec.description;
});

export const usagePlans = Object.fromEntries(usagePlanSpecs.map((spec) => [spec.usagePlanName, api.addUsagePlan(spec.componentName, spec.args)]));

const stage = api.nodes.stage;
if (!stage) throw new Error("The API stage exists only after api.deploy().");

const throttle = stageThrottleFor(plans);
export const stageThrottle = new aws.apigateway.MethodSettings("ApiStageThrottle", {
  restApi: api.nodes.api.id,
  stageName: stage.stageName,
  methodPath: "*/*",
  // metricsEnabled: detailed CloudWatch metrics, per resource and method, for the dashboard's per-route table.
  settings: { throttlingRateLimit: throttle.rateLimit, throttlingBurstLimit: throttle.burstLimit, metricsEnabled: true },
});

// The cached routes' own method settings; the stage-wide `*/*` above leaves caching off for every other
// route. An override is a method's whole setting, so it repeats the stage's throttle and metrics.
export const cachedMethods = (stageCache?.methods ?? []).map(
  (method) =>
    new aws.apigateway.MethodSettings(`ApiCache${pascalCase(method.name)}`, {
      restApi: api.nodes.api.id,
      stageName: stage.stageName,
      methodPath: method.methodPath,
      settings: { ...cachedMethodSettings(method), metricsEnabled: true, throttlingRateLimit: throttle.rateLimit, throttlingBurstLimit: throttle.burstLimit },
    }),
);
