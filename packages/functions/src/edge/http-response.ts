import type { APIGatewayProxyResult } from "aws-lambda";

/** Every answer may be read by the console from another origin; the gateway answers preflights (`cors: true`). */
const CORS_HEADERS = { "Access-Control-Allow-Origin": "*" } as const;

export function jsonResponse(statusCode: number, body: unknown, headers: Record<string, string> = {}): APIGatewayProxyResult {
  return { statusCode, headers: { "Content-Type": "application/json", ...CORS_HEADERS, ...headers }, body: JSON.stringify(body) };
}

export function emptyResponse(statusCode: number, headers: Record<string, string> = {}): APIGatewayProxyResult {
  return { statusCode, headers: { ...CORS_HEADERS, ...headers }, body: "" };
}

export function htmlResponse(statusCode: number, html: string, headers: Record<string, string> = {}): APIGatewayProxyResult {
  return { statusCode, headers: { "Content-Type": "text/html; charset=utf-8", ...CORS_HEADERS, ...headers }, body: html };
}

/** `location` → `Location`, `cache-control` → `Cache-Control`: the contract names headers in lower case. */
export function wireHeaderName(name: string): string {
  return name.replace(/(^|-)([a-z])/g, (_all, dash: string, letter: string) => dash + letter.toUpperCase());
}

