import type { BinaryMediaMatcher } from "./binary-media";
import { clfTime } from "./clf-time";
import { headerRole, traceIdFor } from "./event-headers";
import { headerValue, nameMap, parseQuery, type GatewayRequest } from "./gateway-request";
import type { Resource } from "./router";

/**
 * The Lambda proxy integration event, payload 1.0 (set-up-lambda-proxy-integrations), built once
 * per request. The REQUEST authorizer input is the same minus the body, so both start from
 * `buildRequestParts`. Absent query, path parameters, stage variables and body are `null`.
 *
 * Reading: REST APIs keep percent-encoding in `path` and `pathParameters` (live captures show
 * `%40` arriving as is); query-string values are decoded. Which headers arrive, and how named:
 * `event-headers.ts`. The identity carries `apiKey`/`apiKeyId` only on key-required methods and
 * never `clientCert` (recorded: test_apigateway_lambda.py::test_lambda_aws_proxy_integration).
 */
export interface StageInfo {
  restApiId: string;
  stage: string;
  /** requestContext.deploymentId: one per compiled definition (a redeploy gets a new one). */
  deploymentId: string;
  accountId: string;
  region: string;
  stageVariables: Record<string, string> | null;
}

export interface Identity {
  cognitoIdentityPoolId: null;
  accountId: null;
  cognitoIdentityId: null;
  caller: null;
  sourceIp: string;
  principalOrgId: null;
  accessKey: null;
  cognitoAuthenticationType: null;
  cognitoAuthenticationProvider: null;
  userArn: null;
  userAgent: string | null;
  user: null;
  /** Set (with apiKeyId) only on a method that requires an API key, by the usage gate's admission. */
  apiKey?: string | null;
  apiKeyId?: string | null;
}

export interface RequestContext {
  resourceId: string;
  resourcePath: string;
  httpMethod: string;
  extendedRequestId: string;
  requestTime: string;
  path: string;
  accountId: string;
  protocol: string;
  stage: string;
  domainPrefix: string;
  requestTimeEpoch: number;
  requestId: string;
  identity: Identity;
  domainName: string;
  deploymentId: string;
  apiId: string;
  /** Present only behind an authorizer: `{ principalId, integrationLatency, ...context as strings }`. */
  authorizer?: Record<string, string | number>;
}

export interface RequestParts {
  resource: string;
  path: string;
  httpMethod: string;
  headers: Record<string, string>;
  multiValueHeaders: Record<string, string[]>;
  queryStringParameters: Record<string, string> | null;
  multiValueQueryStringParameters: Record<string, string[]> | null;
  pathParameters: Record<string, string> | null;
  stageVariables: Record<string, string> | null;
  requestContext: RequestContext;
}

export interface ProxyEvent extends RequestParts {
  body: string | null;
  isBase64Encoded: boolean;
}

export function buildRequestParts(request: GatewayRequest, resource: Resource, pathParameters: Record<string, string> | null, stage: StageInfo): RequestParts {
  const headers = nameMap<string>();
  const multiValueHeaders = nameMap<string[]>();
  const raw = request.rawHeaders;
  let userAgent: string | null = null;
  let forwardedFor: string | undefined;
  let sentTrace: string | undefined;
  for (let i = 0; i < raw.length; i += 2) {
    const name = raw[i] as string;
    const value = raw[i + 1] as string;
    switch (headerRole(name)) {
      case "keep":
        addHeader(headers, multiValueHeaders, name, value);
        break;
      case "authorization":
        addHeader(headers, multiValueHeaders, "Authorization", value);
        break;
      case "user-agent":
        userAgent = value;
        addHeader(headers, multiValueHeaders, name, value);
        break;
      case "x-forwarded-for":
        forwardedFor = value;
        break;
      case "x-amzn-trace-id":
        sentTrace = value;
        break;
      case "drop":
        break;
    }
  }
  // Headers API Gateway adds on a regional endpoint (recorded in the header-remapping snapshot).
  request.traceId = traceIdFor(sentTrace, request.requestTimeEpoch);
  addHeader(headers, multiValueHeaders, "X-Amzn-Trace-Id", request.traceId);
  addHeader(headers, multiValueHeaders, "X-Forwarded-For", forwardedFor ? `${forwardedFor}, ${request.sourceIp}` : request.sourceIp);
  addHeader(headers, multiValueHeaders, "X-Forwarded-Port", request.localPort);
  addHeader(headers, multiValueHeaders, "X-Forwarded-Proto", "http");

  const query = parseQuery(request.rawQuery);
  const domainName = request.host;
  return {
    resource: resource.path,
    path: request.path,
    httpMethod: request.httpMethod,
    headers,
    multiValueHeaders,
    queryStringParameters: query.single,
    multiValueQueryStringParameters: query.multi,
    pathParameters,
    stageVariables: stage.stageVariables,
    requestContext: {
      resourceId: resource.id,
      resourcePath: resource.path,
      httpMethod: request.httpMethod,
      extendedRequestId: request.extendedRequestId,
      requestTime: clfTime(request.requestTimeEpoch),
      path: `/${stage.stage}${request.sentPath}`,
      accountId: stage.accountId,
      protocol: request.protocol,
      stage: stage.stage,
      domainPrefix: domainPrefixOf(domainName),
      requestTimeEpoch: request.requestTimeEpoch,
      requestId: request.requestId,
      identity: identity(request.sourceIp, userAgent),
      domainName,
      deploymentId: stage.deploymentId,
      apiId: stage.restApiId,
    },
  };
}

/**
 * Completes the parts into the event in place (they are built per request and not reused). The
 * gateway sends the event as JSON text written directly (proxy-event-json.ts); this object form is
 * the reference that text is tested against.
 */
export function toProxyEvent(parts: RequestParts, request: GatewayRequest, isBinary: BinaryMediaMatcher): ProxyEvent {
  const event = parts as ProxyEvent;
  const { body, isBase64Encoded } = proxyEventBody(request, isBinary);
  event.body = body;
  event.isBase64Encoded = isBase64Encoded;
  return event;
}

/** The event's `body` and `isBase64Encoded`: base64 when the request's content type is a binary media type. */
export function proxyEventBody(request: GatewayRequest, isBinary: BinaryMediaMatcher): { body: string | null; isBase64Encoded: boolean } {
  const body = request.body;
  if (body.length === 0) return NO_BODY;
  const binary = isBinary(headerValue(request, "content-type"));
  return { body: binary ? body.toString("base64") : body.toString("utf8"), isBase64Encoded: binary };
}

const NO_BODY = { body: null, isBase64Encoded: false } as const;

/** A module function, not a closure per request: this runs for every header of every request. */
function addHeader(headers: Record<string, string>, multiValueHeaders: Record<string, string[]>, name: string, value: string): void {
  headers[name] = value;
  (multiValueHeaders[name] ??= []).push(value);
}

/** The host's first label (`api` of `api.example.com`), the whole host when it has no dot. */
function domainPrefixOf(domainName: string): string {
  const dot = domainName.indexOf(".");
  return dot === -1 ? domainName : domainName.slice(0, dot);
}

function identity(sourceIp: string, userAgent: string | null): Identity {
  return {
    cognitoIdentityPoolId: null,
    accountId: null,
    cognitoIdentityId: null,
    caller: null,
    sourceIp,
    principalOrgId: null,
    accessKey: null,
    cognitoAuthenticationType: null,
    cognitoAuthenticationProvider: null,
    userArn: null,
    userAgent,
    user: null,
    // Declared (undefined) from the start so every identity has one shape; JSON leaves undefined out.
    apiKey: undefined,
    apiKeyId: undefined,
  };
}
