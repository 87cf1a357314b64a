import { headerValue, type GatewayRequest } from "../gateway-request";
import type { RequestParts } from "../proxy-event";

/**
 * Reads an authorizer's identity sources (`method.request.header.X`, `method.request.querystring.X`,
 * `stageVariables.X`, `context.X`) from a request. Returns undefined when any of them is missing
 * or empty — API Gateway then answers 401 without invoking the authorizer (when caching is on).
 * Compiled once per authorizer.
 */
export type IdentityExtractor = (request: GatewayRequest, parts: RequestParts) => string[] | undefined;

type SourceReader = (request: GatewayRequest, parts: RequestParts) => string | undefined;

export function compileIdentitySources(sources: readonly string[]): IdentityExtractor {
  const readers = sources.map(compileSource);
  return (request, parts) => {
    const values: string[] = [];
    for (const read of readers) {
      const value = read(request, parts);
      if (value === undefined || value === "") return undefined;
      values.push(value);
    }
    return values;
  };
}

function compileSource(source: string): SourceReader {
  const [, kind, name] = /^(method\.request\.header|method\.request\.querystring|stageVariables|context)\.(.+)$/.exec(source.trim()) ?? [];
  if (!kind || !name) throw new Error(`Unsupported identity source: ${source}`);
  switch (kind) {
    case "method.request.header":
      return (request) => headerValue(request, name);
    case "method.request.querystring":
      return (_, parts) => parts.queryStringParameters?.[name];
    case "stageVariables":
      return (_, parts) => parts.stageVariables?.[name];
    default:
      return (_, parts) => {
        const value = (parts.requestContext as unknown as Record<string, unknown>)[name];
        return typeof value === "string" || typeof value === "number" ? String(value) : undefined;
      };
  }
}

/** TOKEN authorizers take exactly one header; its name, for the token lookup. */
export function tokenHeaderName(sources: readonly string[]): string {
  const [only] = sources;
  const name = only && /^method\.request\.header\.(.+)$/.exec(only.trim())?.[1];
  if (sources.length !== 1 || !name) throw new Error(`A TOKEN authorizer needs exactly one header identity source, got ${sources.join(", ")}`);
  return name;
}
