import type { APIGatewayProxyResult } from "aws-lambda";
import { emptyResponse, jsonResponse, wireHeaderName } from "./http-response";

/** Any route's result, as the serialiser sees it. */
export interface SuccessResult {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
  extraHeaders?: Record<string, string>;
}

/** The route's status, its declared headers and `extraHeaders` in wire spelling, and its JSON body if any. */
export function successResponse(result: SuccessResult): APIGatewayProxyResult {
  const headers = Object.fromEntries(Object.entries({ ...result.headers, ...result.extraHeaders }).map(([key, value]) => [wireHeaderName(key), value]));
  return "body" in result ? jsonResponse(result.status, result.body, headers) : emptyResponse(result.status, headers);
}
