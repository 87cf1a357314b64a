import { requestHeaderWireNames, routeByName, type RouteName } from "@linkgate/contract";
import type { PartnerCaller, UserCaller } from "@linkgate/core";
import type { APIGatewayProxyEvent, Context } from "aws-lambda";
import { randomUUID } from "node:crypto";

export interface ProxyEventInput {
  route: RouteName;
  pathParameters?: Record<string, string>;
  query?: Record<string, string>;
  headers?: Record<string, string>;
  /** An object is sent as JSON; a string is sent as is (e.g. malformed JSON). */
  body?: unknown;
  /** A signed-in user or admin: becomes the authorizer context the gateway passes on. */
  caller?: UserCaller;
  /** A partner route's admitted key (`requestContext.identity.apiKeyId`). */
  apiKeyId?: string | PartnerCaller;
  stage?: string;
}

/**
 * A Lambda proxy event (payload 1.0) for a contract route, shaped as API Gateway sends it: absent
 * parts are null, authorizer context values are strings (`groups` comma-separated).
 */
export function proxyEvent(input: ProxyEventInput): APIGatewayProxyEvent {
  const route = routeByName(input.route);
  const stage = input.stage ?? "test";
  const path = route.path.replace(/\{(\w+)\+?\}/g, (_all, name: string) => encodeURIComponent(input.pathParameters?.[name] ?? ""));
  const body = input.body === undefined ? null : typeof input.body === "string" ? input.body : JSON.stringify(input.body);
  const headers: Record<string, string> = { Host: "api.test", "User-Agent": "linkgate-tests", ...(body !== null ? { "Content-Type": "application/json" } : {}), ...input.headers };
  const apiKeyId = typeof input.apiKeyId === "object" ? input.apiKeyId.apiKeyId : input.apiKeyId;
  const requestId = randomUUID();
  const now = new Date();
  return {
    resource: route.path,
    path,
    httpMethod: route.method,
    headers,
    multiValueHeaders: Object.fromEntries(Object.entries(headers).map(([name, value]) => [name, [value]])),
    queryStringParameters: input.query && Object.keys(input.query).length ? input.query : null,
    multiValueQueryStringParameters: input.query && Object.keys(input.query).length ? Object.fromEntries(Object.entries(input.query).map(([k, v]) => [k, [v]])) : null,
    pathParameters: input.pathParameters && Object.keys(input.pathParameters).length ? input.pathParameters : null,
    stageVariables: null,
    body,
    isBase64Encoded: false,
    requestContext: {
      accountId: "123456789012",
      apiId: "testapi",
      authorizer: input.caller ? authorizerContext(input.caller) : null,
      domainName: "api.test",
      domainPrefix: "api",
      extendedRequestId: requestId,
      httpMethod: route.method,
      identity: identity(apiKeyId),
      path: `/${stage}${path}`,
      protocol: "HTTP/1.1",
      requestId,
      requestTime: now.toUTCString(),
      requestTimeEpoch: now.getTime(),
      resourceId: "res123",
      resourcePath: route.path,
      stage,
    },
  };
}

function authorizerContext(caller: UserCaller): Record<string, string | number> {
  return {
    principalId: caller.sub,
    integrationLatency: 1,
    sub: caller.sub,
    username: caller.username,
    groups: caller.groups.join(","),
    ...(caller.email ? { email: caller.email } : {}),
  };
}

function identity(apiKeyId: string | undefined): APIGatewayProxyEvent["requestContext"]["identity"] {
  return {
    accessKey: null,
    accountId: null,
    apiKey: apiKeyId ? `value-of-${apiKeyId}` : null,
    apiKeyId: apiKeyId ?? null,
    caller: null,
    clientCert: null,
    cognitoAuthenticationProvider: null,
    cognitoAuthenticationType: null,
    cognitoIdentityId: null,
    cognitoIdentityPoolId: null,
    principalOrgId: null,
    sourceIp: "127.0.0.1",
    user: null,
    userAgent: "linkgate-tests",
    userArn: null,
  };
}

/** A Lambda context as the runtime passes it (what Powertools' `addContext` reads). */
export function lambdaContext(functionName = "linkgate-test"): Context {
  return {
    callbackWaitsForEmptyEventLoop: true,
    functionName,
    functionVersion: "$LATEST",
    invokedFunctionArn: `arn:aws:lambda:us-east-1:123456789012:function:${functionName}`,
    memoryLimitInMB: "128",
    awsRequestId: randomUUID(),
    logGroupName: `/aws/lambda/${functionName}`,
    logStreamName: "2026/11/24/[$LATEST]test",
    getRemainingTimeInMillis: () => 3_000,
    done: () => undefined,
    fail: () => undefined,
    succeed: () => undefined,
  };
}

export const IDEMPOTENCY_KEY_HEADER = requestHeaderWireNames.idempotencyKey;
