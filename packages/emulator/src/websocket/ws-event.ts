import type { IncomingMessage } from "node:http";
import { clfTime } from "../apigateway/clf-time";
import { nameMap, parseQuery } from "../apigateway/gateway-request";
import type { CompiledWebSocketApi } from "./compiled-api";
import type { ConnectionInfo } from "./connection";

/**
 * The Lambda proxy events of a WebSocket API (apigateway-websocket-api-integration-requests and
 * captures from AWS): one `requestContext` shape for CONNECT, MESSAGE and DISCONNECT, with headers
 * and query parameters on `$connect` only, `messageId` and `body` on messages, the close code and
 * reason on `$disconnect`. The `$connect` authorizer's output rides on every later event.
 */
export type EventType = "CONNECT" | "MESSAGE" | "DISCONNECT";

export interface EventIds {
  requestId: string;
  requestTimeEpoch: number;
}

export interface HandshakeParts {
  headers: Record<string, string>;
  multiValueHeaders: Record<string, string[]>;
  queryStringParameters: Record<string, string> | null;
  multiValueQueryStringParameters: Record<string, string[]> | null;
}

export function handshakeParts(request: IncomingMessage, rawQuery: string): HandshakeParts {
  const headers = nameMap<string>();
  const multiValueHeaders = nameMap<string[]>();
  const raw = request.rawHeaders;
  for (let i = 0; i < raw.length; i += 2) {
    const name = raw[i] as string;
    const value = raw[i + 1] as string;
    headers[name] = value;
    (multiValueHeaders[name] ??= []).push(value);
  }
  const query = parseQuery(rawQuery);
  return { headers, multiValueHeaders, queryStringParameters: query.single, multiValueQueryStringParameters: query.multi };
}

export function requestContext(api: CompiledWebSocketApi, connection: ConnectionInfo, eventType: EventType, routeKey: string, ids: EventIds): Record<string, unknown> {
  return {
    routeKey,
    eventType,
    extendedRequestId: ids.requestId,
    requestTime: clfTime(ids.requestTimeEpoch),
    messageDirection: "IN",
    stage: api.definition.stage,
    connectedAt: connection.connectedAt,
    requestTimeEpoch: ids.requestTimeEpoch,
    identity: eventType === "MESSAGE" ? { sourceIp: connection.sourceIp } : { userAgent: connection.userAgent, sourceIp: connection.sourceIp },
    requestId: ids.requestId,
    domainName: connection.domainName,
    connectionId: connection.connectionId,
    apiId: api.definition.apiId,
    ...(connection.authorizer ? { authorizer: connection.authorizer } : {}),
  };
}

export function connectEvent(api: CompiledWebSocketApi, connection: ConnectionInfo, parts: HandshakeParts, ids: EventIds) {
  return {
    ...parts,
    requestContext: requestContext(api, connection, "CONNECT", "$connect", ids),
    isBase64Encoded: false,
    ...stageVariablesOf(api),
  };
}

export function messageEvent(api: CompiledWebSocketApi, connection: ConnectionInfo, routeKey: string, messageId: string, data: Buffer, isBinary: boolean, ids: EventIds) {
  return {
    requestContext: { ...requestContext(api, connection, "MESSAGE", routeKey, ids), messageId },
    body: isBinary ? data.toString("base64") : data.toString("utf8"),
    isBase64Encoded: isBinary,
    ...stageVariablesOf(api),
  };
}

export function disconnectEvent(api: CompiledWebSocketApi, connection: ConnectionInfo, code: number, reason: string, ids: EventIds) {
  // Captures show these four headers (empty but for Host) on every $disconnect.
  const headers = { Host: connection.domainName, "x-api-key": "", "X-Forwarded-For": "", "x-restapi": "" };
  return {
    headers,
    multiValueHeaders: Object.fromEntries(Object.entries(headers).map(([name, value]) => [name, [value]])),
    requestContext: { ...requestContext(api, connection, "DISCONNECT", "$disconnect", ids), disconnectStatusCode: code, disconnectReason: reason },
    isBase64Encoded: false,
    ...stageVariablesOf(api),
  };
}

/** Proxy events carry `stageVariables` only when the stage has some. */
function stageVariablesOf(api: CompiledWebSocketApi): { stageVariables?: Record<string, string> } {
  return api.definition.stageVariables ? { stageVariables: api.definition.stageVariables } : {};
}

/** The REQUEST authorizer's input (apigateway-websocket-api-lambda-auth): methodArn ends with `$connect`. */
export function authorizerEvent(api: CompiledWebSocketApi, connection: ConnectionInfo, parts: HandshakeParts, ids: EventIds) {
  return {
    type: "REQUEST",
    methodArn: `arn:aws:execute-api:${api.region}:${api.accountId}:${api.definition.apiId}/${api.definition.stage}/$connect`,
    ...parts,
    stageVariables: api.definition.stageVariables ?? {},
    requestContext: requestContext(api, connection, "CONNECT", "$connect", ids),
  };
}
