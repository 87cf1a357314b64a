import { headerValue, headerValues, type GatewayRequest } from "../gateway-request";
import type { RequestParts } from "../proxy-event";

/**
 * An integration's `cacheKeyParameters`, compiled once: each names where one part of the cache key
 * comes from. The key is the request's method, the resource path and these values (api-gateway-caching,
 * "Use method or integration parameters as cache keys"); parameters not listed do not split entries.
 */
type KeySource = (request: GatewayRequest, parts: RequestParts) => string | null;

const PARAMETER = /^method\.request\.(querystring|multivaluequerystring|header|multivalueheader|path)\.(.+)$/;

export type CacheKeyOf = (request: GatewayRequest, parts: RequestParts) => string;

export function compileCacheKey(parameters: readonly string[], resourcePath: string, where: string): CacheKeyOf {
  const sources = parameters.map((parameter) => keySource(parameter, resourcePath, where));
  // JSON of the parts: no value can forge another key (separators inside values are escaped).
  return (request, parts) => JSON.stringify([request.httpMethod, resourcePath, ...sources.map((source) => source(request, parts))]);
}

function keySource(parameter: string, resourcePath: string, where: string): KeySource {
  const found = PARAMETER.exec(parameter);
  if (!found) throw new Error(`${where}: cache key parameter ${JSON.stringify(parameter)} must be method.request.{querystring|multivaluequerystring|header|multivalueheader|path}.<name>`);
  const location = found[1] as string;
  const name = found[2] as string;
  switch (location) {
    case "querystring":
      return (_request, parts) => parts.queryStringParameters?.[name] ?? null;
    case "multivaluequerystring":
      return (_request, parts) => parts.multiValueQueryStringParameters?.[name]?.join(",") ?? null;
    case "path":
      if (!resourcePath.includes(`{${name}}`) && !resourcePath.includes(`{${name}+}`)) throw new Error(`${where}: cache key parameter ${parameter} names no path parameter of ${resourcePath}`);
      return (_request, parts) => parts.pathParameters?.[name] ?? null;
    case "multivalueheader":
      return (request) => {
        const values = headerValues(request, name);
        return values.length === 0 ? null : values.join(",");
      };
    default:
      // The last value, as in the event's `headers`.
      return (request) => headerValue(request, name) ?? null;
  }
}
