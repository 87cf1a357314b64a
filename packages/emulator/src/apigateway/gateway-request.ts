import { randomUUID } from "node:crypto";
import { randomText } from "./random-pool";

/**
 * One incoming request, normalised once at the edge: everything later steps (router, authorizer,
 * event builder, access log) read comes from here, so the raw Node request is parsed only once.
 */
export interface GatewayRequest {
  requestId: string;
  /** API Gateway's extended id, also sent as `x-amz-apigw-id`. */
  extendedRequestId: string;
  requestTimeEpoch: number;
  httpMethod: string;
  /** Path as the client sent it (percent-encoding kept), without the stage prefix, leading slashes collapsed to one: the event's `path`. */
  path: string;
  /** The same before collapsing (`//x` stays `//x`): requestContext.path keeps it (recorded, see `collapseLeadingSlashes`). */
  sentPath: string;
  /** Query string without `?`, or "" when none. */
  rawQuery: string;
  /** Header pairs in arrival order, names as sent (Node's `rawHeaders`). */
  rawHeaders: readonly string[];
  sourceIp: string;
  /** The port the client connected to, as text: the event's X-Forwarded-Port. */
  localPort: string;
  host: string;
  protocol: string;
  body: Buffer;
  /** X-Amzn-Trace-Id passed on in the event and the response; set when the event's headers are built. */
  traceId: string;
}

export function newRequestIds(): { requestId: string; extendedRequestId: string } {
  // Extended ids look like `BQGojGkBoAMFNwg=`: 11 random bytes in base64.
  return { requestId: randomUUID(), extendedRequestId: randomText(11, "base64") };
}

/** Case-insensitive header lookup; the last value wins, as in the proxy event's `headers`. */
export function headerValue(request: GatewayRequest, name: string): string | undefined {
  const wanted = name.toLowerCase();
  let value: string | undefined;
  const raw = request.rawHeaders;
  for (let i = 0; i < raw.length; i += 2) if (isHeaderNamed(raw[i] as string, wanted)) value = raw[i + 1];
  return value;
}

/** Every value of a header, case-insensitive, in arrival order (cache keys, Cache-Control): allocates, so off the common path. */
export function headerValues(request: GatewayRequest, name: string): string[] {
  const wanted = name.toLowerCase();
  const values: string[] = [];
  const raw = request.rawHeaders;
  for (let i = 0; i < raw.length; i += 2) if (isHeaderNamed(raw[i] as string, wanted)) values.push(raw[i + 1] as string);
  return values;
}

/**
 * `name` is `lowerCaseName` in any case. Lengths first: most names differ there, and lower-casing
 * allocates (it never changes the length of a name that lower-cases to ASCII).
 */
export function isHeaderNamed(name: string, lowerCaseName: string): boolean {
  return name.length === lowerCaseName.length && name.toLowerCase() === lowerCaseName;
}

export interface ParsedQuery {
  single: Record<string, string> | null;
  multi: Record<string, string[]> | null;
}

const NO_QUERY: ParsedQuery = Object.freeze({ single: null, multi: null });

/**
 * Reading: values are URL-decoded with form semantics (`+` is a space), last value wins in the
 * single-value map, and a parameter without `=` has the empty string as its value.
 */
export function parseQuery(rawQuery: string): ParsedQuery {
  if (rawQuery === "") return NO_QUERY;
  const single = nameMap<string>();
  const multi = nameMap<string[]>();
  for (const [name, value] of new URLSearchParams(rawQuery)) {
    single[name] = value;
    (multi[name] ??= []).push(value);
  }
  return Object.keys(single).length === 0 ? NO_QUERY : { single, multi };
}

/**
 * A map keyed by names the client chose (headers, query parameters), with no prototype: a name
 * like `constructor` or `__proto__` is then a plain key, never an inherited property.
 */
export function nameMap<T>(): Record<string, T> {
  return Object.create(null) as Record<string, T>;
}

/** A request target as `[path, raw query]`; an empty path is `/`. Shared with the WebSocket handshake. */
export function splitUrl(url: string): [string, string] {
  const question = url.indexOf("?");
  const path = question === -1 ? url : url.slice(0, question);
  return [path === "" ? "/" : path, question === -1 ? "" : url.slice(question + 1)];
}

/**
 * `//a//b/` → `/a//b/`: leading slashes count once, inner and trailing ones are kept. Recorded on AWS
 * (test_apigateway_lambda.py::test_lambda_aws_proxy_integration): `//stage/x` is the stage's `/x`;
 * `/stage//x` reaches `/x` with path `/x` but requestContext.path `/stage//x`. Returns the same string
 * (no copy) when there is nothing to collapse, as for almost every request.
 */
export function collapseLeadingSlashes(path: string): string {
  if (path.charCodeAt(1) !== SLASH) return path;
  let start = 1;
  while (path.charCodeAt(start) === SLASH) start += 1;
  return path.slice(start - 1);
}

const SLASH = 0x2f;

/** The client's address as API Gateway reports `sourceIp`: IPv4-mapped IPv6 as plain IPv4. */
export function normaliseIp(address: string | undefined): string {
  if (!address) return "127.0.0.1";
  return address.startsWith("::ffff:") ? address.slice(7) : address;
}
