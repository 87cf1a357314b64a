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
  /** X-Amzn-Trace-Id, sent back on integration responses (test_invocation_trace_id, AWS_PROXY entries). */
  traceId?: string;
}

export type ProxyResponseResult = { ok: true; reply: IntegrationReply } | { ok: false; reason: string };

const ALLOWED_KEYS = new Set(["statusCode", "headers", "multiValueHeaders", "body", "isBase64Encoded"]);

/**
 * `accept`: the request's Accept header, read only for an isBase64Encoded result. API Gateway decodes
 * such a body when the *first* Accept media type is a binary media type ("API Gateway uses the first
 * Accept header from clients to determine if a response should return binary media",
 * api-gateway-payload-encodings.html); the response's own Content-Type does not decide it.
 */
export function parseProxyResponse(payload: unknown, isBinary: BinaryMediaMatcher, accept: () => string | undefined): ProxyResponseResult {
  if (typeof payload !== "object" || payload === null || Array.isArray(payload)) return fail("result is not an object");
  const result = payload as Record<string, unknown>;
  for (const key of Object.keys(result)) if (!ALLOWED_KEYS.has(key)) return fail(`unexpected key ${key}`);

  const status = parseStatus(result.statusCode);
  if (status === undefined) return fail("statusCode is not a valid HTTP status");

  // multiValueHeaders first: a name in both maps is sent under its multiValueHeaders spelling, with
  // those values first and then headers' value, merged `a, b` (recorded:
  // test_aws_proxy_response_payload_format_validation, invoke-api-multi-headers-overwrite[-casing]).
  const headers: IntegrationReply["headers"] = new Map();
  if (result.multiValueHeaders !== undefined && result.multiValueHeaders !== null) {
    if (typeof result.multiValueHeaders !== "object" || Array.isArray(result.multiValueHeaders)) return fail("multiValueHeaders is not an object");
    const multi = result.multiValueHeaders as Record<string, unknown>;
    for (const name of Object.keys(multi)) {
      const values = multi[name];
      if (!Array.isArray(values) || !values.every(isScalar)) return fail(`multiValueHeaders.${name} is not an array of scalars`);
      if (values.length > 0) headers.set(name.toLowerCase(), { name, values: values.map(String) });
    }
  }
  if (result.headers !== undefined && result.headers !== null) {
    if (typeof result.headers !== "object" || Array.isArray(result.headers)) return fail("headers is not an object");
    const single = result.headers as Record<string, unknown>;
    // Keys, not entries: no [name, value] array per header.
    for (const name of Object.keys(single)) {
      const value = single[name];
      if (value === null || value === undefined) continue;
      if (!isScalar(value)) return fail(`header ${name} is not a scalar`);
      const key = name.toLowerCase();
      const existing = headers.get(key);
      if (existing) existing.values = [[...existing.values, String(value)].join(", ")];
      else headers.set(key, { name, values: [String(value)] });
    }
  }
  if (!headers.has("content-type")) headers.set("content-type", { name: "Content-Type", values: ["application/json"] });

  if (result.body !== undefined && result.body !== null && typeof result.body !== "string") return fail("body is not a string");
  if (result.isBase64Encoded !== undefined && result.isBase64Encoded !== null && typeof result.isBase64Encoded !== "boolean") {
    return fail("isBase64Encoded is not a boolean");
  }
  const text = (result.body as string | null | undefined) ?? "";
  const body = result.isBase64Encoded === true && isBinary(firstMediaType(accept())) ? Buffer.from(text, "base64") : text;
  // traceId declared here (set by the integration) so the reply never changes shape afterwards.
  return { ok: true, reply: { status, headers, body, traceId: undefined } };
}

function firstMediaType(accept: string | undefined): string | undefined {
  if (accept === undefined) return undefined;
  const comma = accept.indexOf(",");
  return comma === -1 ? accept : accept.slice(0, comma);
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
