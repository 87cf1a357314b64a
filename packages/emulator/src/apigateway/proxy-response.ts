import type { BinaryMediaMatcher } from "./binary-media";

/**
 * Turns a Lambda proxy result (payload 1.0) into the HTTP response, or says it is malformed — which
 * API Gateway answers with 502 `{"message": "Internal server error"}`. Rules (set-up-lambda-proxy-
 * integrations): only the five known keys; `statusCode` a number or numeric string (missing → 200);
 * header values scalars (booleans and numbers rendered as text); `multiValueHeaders` values arrays;
 * `body` a string; `isBase64Encoded` bodies decoded only when the response type is binary.
 */
export interface IntegrationReply {
  status: number;
  /** Header name (as the function wrote it) → one or more values, each sent as its own line. */
  headers: Map<string, { name: string; values: string[] }>;
  body: string | Buffer;
}

export type ProxyResponseResult = { ok: true; reply: IntegrationReply } | { ok: false; reason: string };

const ALLOWED_KEYS = new Set(["statusCode", "headers", "multiValueHeaders", "body", "isBase64Encoded"]);

export function parseProxyResponse(payload: unknown, isBinary: BinaryMediaMatcher): ProxyResponseResult {
  if (typeof payload !== "object" || payload === null || Array.isArray(payload)) return fail("result is not an object");
  const result = payload as Record<string, unknown>;
  for (const key of Object.keys(result)) if (!ALLOWED_KEYS.has(key)) return fail(`unexpected key ${key}`);

  const status = parseStatus(result.statusCode);
  if (status === undefined) return fail("statusCode is not a valid HTTP status");

  const headers: IntegrationReply["headers"] = new Map();
  if (result.headers !== undefined && result.headers !== null) {
    if (typeof result.headers !== "object" || Array.isArray(result.headers)) return fail("headers is not an object");
    const single = result.headers as Record<string, unknown>;
    // Keys, not entries: no [name, value] array per header.
    for (const name of Object.keys(single)) {
      const value = single[name];
      if (value === null || value === undefined) continue;
      if (!isScalar(value)) return fail(`header ${name} is not a scalar`);
      headers.set(name.toLowerCase(), { name, values: [String(value)] });
    }
  }
  if (result.multiValueHeaders !== undefined && result.multiValueHeaders !== null) {
    if (typeof result.multiValueHeaders !== "object" || Array.isArray(result.multiValueHeaders)) return fail("multiValueHeaders is not an object");
    const multi = result.multiValueHeaders as Record<string, unknown>;
    for (const name of Object.keys(multi)) {
      const values = multi[name];
      if (!Array.isArray(values) || !values.every(isScalar)) return fail(`multiValueHeaders.${name} is not an array of scalars`);
      const key = name.toLowerCase();
      const existing = headers.get(key);
      const strings = values.map(String);
      // A header in both maps is sent once, values merged `a, b` (headers first).
      if (existing) existing.values = [[...existing.values, ...strings].join(", ")];
      else if (strings.length > 0) headers.set(key, { name, values: strings });
    }
  }
  if (!headers.has("content-type")) headers.set("content-type", { name: "Content-Type", values: ["application/json"] });

  if (result.body !== undefined && result.body !== null && typeof result.body !== "string") return fail("body is not a string");
  if (result.isBase64Encoded !== undefined && result.isBase64Encoded !== null && typeof result.isBase64Encoded !== "boolean") {
    return fail("isBase64Encoded is not a boolean");
  }
  const text = (result.body as string | null | undefined) ?? "";
  const contentType = headers.get("content-type")?.values[0];
  const body = result.isBase64Encoded === true && isBinary(contentType) ? Buffer.from(text, "base64") : text;
  return { ok: true, reply: { status, headers, body } };
}

function parseStatus(value: unknown): number | undefined {
  if (value === undefined || value === null) return 200;
  const status = typeof value === "number" ? value : typeof value === "string" && /^\d+$/.test(value.trim()) ? Number(value) : NaN;
  return Number.isInteger(status) && status >= 100 && status <= 599 ? status : undefined;
}

function isScalar(value: unknown): value is string | number | boolean {
  return typeof value === "string" || typeof value === "number" || typeof value === "boolean";
}

const fail = (reason: string): ProxyResponseResult => ({ ok: false, reason });
