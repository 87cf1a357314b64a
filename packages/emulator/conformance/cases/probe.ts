import { expect } from "vitest";
import type { ConformanceContext } from "../context";
import type { HttpResult, SendOptions } from "../http-client";

/** The Lambda proxy event (payload 1.0) as the probe function echoes it. */
export interface ProbeEvent {
  resource: string;
  path: string;
  httpMethod: string;
  headers: Record<string, string> | null;
  multiValueHeaders: Record<string, string[]> | null;
  queryStringParameters: Record<string, string> | null;
  multiValueQueryStringParameters: Record<string, string[]> | null;
  pathParameters: Record<string, string> | null;
  stageVariables: Record<string, string> | null;
  requestContext: Record<string, unknown> & {
    requestTime: string;
    requestTimeEpoch: number;
    identity: Record<string, unknown>;
    authorizer?: Record<string, unknown>;
  };
  body: string | null;
  isBase64Encoded: boolean;
}

/** Sends a request to a probe route and returns the event it saw (failing clearly on a non-200). */
export async function probe(ctx: ConformanceContext, method: string, path: string, options: SendOptions = {}): Promise<{ result: HttpResult; event: ProbeEvent }> {
  const result = await ctx.request(method, path, options);
  expect(result.status, `${method} ${path} answered ${result.status}: ${result.text.slice(0, 200)}`).toBe(200);
  return { result, event: result.json<ProbeEvent>() };
}

/** Case-insensitive lookup in the event's headers. */
export function eventHeader(event: ProbeEvent, name: string): string | undefined {
  for (const [key, value] of Object.entries(event.headers ?? {})) if (key.toLowerCase() === name.toLowerCase()) return value;
  return undefined;
}

export function eventMultiHeader(event: ProbeEvent, name: string): string[] | undefined {
  for (const [key, value] of Object.entries(event.multiValueHeaders ?? {})) if (key.toLowerCase() === name.toLowerCase()) return value;
  return undefined;
}
