import type * as z from "zod";
import { errorBody, type ErrorBody, type ErrorIssue } from "../error-codes";
import { issuesFromZodError } from "../errors";
import { headerValue, requestHeaderWireNames, type RequestHeaderName } from "../headers";
import { routeByName, type RouteInput, type RouteName } from "../routes/index";

type StringMap = Readonly<Record<string, string | undefined>> | null | undefined;

/** The request parts as an API Gateway proxy event (v1) carries them. */
export interface RawRequest {
  pathParameters?: StringMap;
  queryStringParameters?: StringMap;
  headers?: StringMap;
  body?: string | null;
  isBase64Encoded?: boolean;
}

export type ParseRouteRequestResult<N extends RouteName> =
  | { success: true; input: RouteInput<N> }
  | { success: false; error: ErrorBody };

/**
 * Validates a raw request against a route's schemas: the edge's one call per event. On failure the
 * result holds the 400 body, every problem listed with where it is (`body.target`, `query.limit`).
 */
export function parseRouteRequest<N extends RouteName>(name: N, raw: RawRequest): ParseRouteRequestResult<N> {
  const route = routeByName(name);
  const issues: ErrorIssue[] = [];
  const part = (schema: z.ZodType, value: unknown, prefix: string) => {
    const result = schema.safeParse(value);
    if (result.success) return result.data;
    issues.push(...issuesFromZodError(result.error, prefix).map(withHeaderWireName));
    return undefined;
  };

  const path = part(route.request.path, { ...raw.pathParameters }, "path");
  const query = part(route.request.query, { ...raw.queryStringParameters }, "query");
  const headers = part(route.request.headers, readDocumentedHeaders(route.request.headers.shape, raw.headers), "headers");
  let body: unknown;
  const bodySchema: z.ZodType | undefined = route.request.body;
  if (bodySchema) {
    const json = readJsonBody(raw);
    if (!json.ok) issues.push({ path: "body", message: json.message });
    else if (json.value === undefined && !bodySchema.safeParse(undefined).success) {
      issues.push({ path: "body", message: "A JSON body is required." });
    } else body = part(bodySchema, json.value, "body");
  }

  if (issues.length > 0) {
    return { success: false, error: errorBody("validation_failed", summarise(issues), issues) };
  }
  return { success: true, input: { path, query, headers, body } as RouteInput<N> };
}

function readDocumentedHeaders(shape: object, headers: StringMap): Record<string, string | undefined> {
  const values: Record<string, string | undefined> = {};
  for (const name of Object.keys(shape) as RequestHeaderName[]) {
    values[name] = headerValue(headers, requestHeaderWireNames[name]);
  }
  return values;
}

function readJsonBody(raw: RawRequest): { ok: true; value: unknown } | { ok: false; message: string } {
  if (raw.body === null || raw.body === undefined || raw.body === "") return { ok: true, value: undefined };
  const text = raw.isBase64Encoded ? decodeBase64(raw.body) : raw.body;
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false, message: "The request body is not valid JSON." };
  }
}

// atob + TextDecoder rather than Buffer: the console bundles this package for the browser.
function decodeBase64(text: string): string {
  return new TextDecoder().decode(Uint8Array.from(atob(text), (char) => char.charCodeAt(0)));
}

/** Header issues name the wire header (`headers.Idempotency-Key`), the spelling people send. */
function withHeaderWireName(issue: ErrorIssue): ErrorIssue {
  const [prefix, name, ...rest] = issue.path.split(".");
  if (prefix !== "headers" || !name || !(name in requestHeaderWireNames)) return issue;
  const wire = requestHeaderWireNames[name as RequestHeaderName];
  return { ...issue, path: [prefix, wire, ...rest].join(".") };
}

function summarise(issues: ErrorIssue[]): string {
  const first = issues[0];
  const more = issues.length > 1 ? ` (and ${issues.length - 1} more problem${issues.length > 2 ? "s" : ""})` : "";
  return first ? `Invalid request: ${first.path}: ${first.message}${more}` : "Invalid request.";
}
