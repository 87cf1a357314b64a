import type { LambdaInvoker } from "../lambda/invoker";
import type { CompiledPolicy } from "./authorizer/policy";
import { throughCache } from "./cache/cache-step";
import type { UsageGate } from "../usage/usage-gate";
import { routeKeyOf, type CompiledStage } from "./compiled-stage";
import { headerValue, type GatewayRequest } from "./gateway-request";
import type { GatewayResponseType } from "./gateway-responses";
import { invokeIntegration } from "./integration";
import { buildRequestParts, type RequestParts } from "./proxy-event";
import type { Outcome, Trace } from "./request-outcome";
import type { RouteMatch } from "./router";

export interface Collaborators {
  invoker: LambdaInvoker;
  usageGate: UsageGate;
}

/** Documented maximum methodArn length; longer answers 414 (api-gateway-lambda-authorizer-output). */
export const MAX_METHOD_ARN_BYTES = 1600;

/**
 * One request through API Gateway's steps, in AWS's order:
 *   1 route (unknown resource or method → 403 Missing Authentication Token; OPTIONS → CORS mock)
 *   2 Lambda authorizer (401 / 403 / 500)
 *   3 API key + usage plan (403 Forbidden, 429 Too Many Requests / Limit Exceeded)
 *   4 stage method throttle, then the account throttle (429)
 *   5 the stage cache, on methods that cache (`cache/`): a hit answers here
 *   6 Lambda proxy integration (502 / 504)
 * Returns what to answer (`Outcome`) and fills in what the access log and metrics need (`Trace`);
 * writes nothing itself.
 */
export async function handleRequest(stage: CompiledStage, deps: Collaborators, request: GatewayRequest, match: RouteMatch, trace: Trace): Promise<Outcome> {
  if (match.kind === "no-resource") return gateway("MISSING_AUTHENTICATION_TOKEN");
  // SST adds an explicit OPTIONS method to every resource, which beats an `ANY` method there.
  if (request.httpMethod === "OPTIONS" && stage.cors && !match.resource.methods.has("OPTIONS")) {
    trace.routeKey = `OPTIONS ${match.resource.path}`;
    trace.resourcePath = match.resource.path;
    return { kind: "cors-preflight", cors: stage.cors };
  }
  if (match.kind === "no-method") return gateway("MISSING_AUTHENTICATION_TOKEN");
  const { route, resource } = match;
  trace.routeKey = stage.routeKeys.get(route) ?? routeKeyOf(route, resource.path);
  trace.resourcePath = resource.path;
  const now = request.requestTimeEpoch;
  const parts = buildRequestParts(request, resource, match.pathParameters, stage.stage);

  let usageIdentifierKey: string | undefined;
  let policy: CompiledPolicy | undefined;
  if (route.authorizer) {
    const methodArn = methodArnOf(stage, request);
    if (Buffer.byteLength(methodArn) > MAX_METHOD_ARN_BYTES) return gateway("URI_TOO_LONG");
    const authorizer = stage.authorizers.get(route.authorizer);
    if (!authorizer) throw new Error(`Unknown authorizer ${route.authorizer}`);
    const outcome = await authorizer.authorize(request, parts, methodArn, now);
    if (!outcome.ok) return gateway(outcome.response);
    trace.principalId = outcome.principalId;
    usageIdentifierKey = outcome.usageIdentifierKey;
    policy = outcome.policy;
    parts.requestContext.authorizer = authorizerContext(outcome.context, outcome.principalId, outcome.integrationLatency);
  }

  if (route.apiKeyRequired) {
    const refused = admitApiKey(stage, deps, request, parts, route.method, resource.path, usageIdentifierKey, trace);
    if (refused) return gateway(refused);
  }

  if (!stage.throttle.tryTake(resource.path, route.method, now)) return gateway("THROTTLED");

  // Undefined without a cache cluster: a stage without one does nothing more here.
  const stageCache = stage.stageCache;
  const cache = stageCache?.routes.get(route);
  if (stageCache !== undefined && cache !== undefined) {
    const lookup = { cache, responses: stageCache.responses, policy, methodArn: () => methodArnOf(stage, request) };
    return throughCache(lookup, request, parts, trace, () => invokeIntegration(stage, deps.invoker, route, resource, parts, request, trace));
  }
  return invokeIntegration(stage, deps.invoker, route, resource, parts, request, trace);
}

function admitApiKey(
  stage: CompiledStage,
  deps: Collaborators,
  request: GatewayRequest,
  parts: RequestParts,
  method: string,
  resourcePath: string,
  usageIdentifierKey: string | undefined,
  trace: Trace,
): GatewayResponseType | undefined {
  const apiKeyValue = stage.apiKeySource === "AUTHORIZER" ? usageIdentifierKey : headerValue(request, "x-api-key");
  const admission = deps.usageGate.admit({
    apiKeyValue,
    restApiId: stage.stage.restApiId,
    stage: stage.stage.stage,
    resourcePath,
    httpMethod: method,
    now: request.requestTimeEpoch,
  });
  if (!admission.admitted) {
    if (admission.reason === "Forbidden") return "INVALID_API_KEY";
    return admission.reason === "TooManyRequests" ? "THROTTLED" : "QUOTA_EXCEEDED";
  }
  trace.apiKeyId = admission.apiKeyId;
  parts.requestContext.identity.apiKey = admission.apiKeyValue;
  parts.requestContext.identity.apiKeyId = admission.apiKeyId;
  return undefined;
}

const gateway = (type: GatewayResponseType): Outcome => ({ kind: "gateway", type });

/** `arn:aws:execute-api:{region}:{account}:{apiId}/{stage}/{VERB}/{path}`: what policies are evaluated against. */
const methodArnOf = (stage: CompiledStage, request: GatewayRequest) => `${stage.arnPrefix}${request.httpMethod}/${request.path.slice(1)}`;

/**
 * `{ ...context, principalId, integrationLatency }` (a context key of the same name keeps its place),
 * written without the spread: V8 (Node 20) gives each object built as spread-then-properties a
 * hidden class of its own once optimised, which leaves every later reader megamorphic.
 */
function authorizerContext(context: Record<string, string>, principalId: string, integrationLatency: number): Record<string, string | number> {
  const authorizer: Record<string, string | number> = Object.assign({}, context);
  authorizer.principalId = principalId;
  authorizer.integrationLatency = integrationLatency;
  return authorizer;
}
