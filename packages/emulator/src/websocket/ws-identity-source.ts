import type { IncomingMessage } from "node:http";

/**
 * A WebSocket authorizer's identity sources (`route.request.header.X`, `route.request.querystring.X`;
 * apigatewayv2 CreateAuthorizer IdentitySource). All must be present and non-empty, or API Gateway
 * answers 401 without invoking the authorizer. Returns false when one is missing.
 */
export type WebSocketIdentityReader = (request: IncomingMessage, query: URLSearchParams) => boolean;

export function compileWebSocketIdentity(sources: readonly string[]): WebSocketIdentityReader {
  const readers = sources.map((source) => {
    const [, kind, name] = /^route\.request\.(header|querystring)\.(.+)$/.exec(source.trim()) ?? [];
    if (!kind || !name) throw new Error(`Unsupported WebSocket identity source "${source}": use route.request.header.X or route.request.querystring.X`);
    const lower = name.toLowerCase();
    return kind === "header"
      ? (request: IncomingMessage) => headerText(request.headers[lower])
      : (_: IncomingMessage, query: URLSearchParams) => query.get(name) ?? undefined;
  });
  return (request, query) => readers.every((read) => {
    const value = read(request, query);
    return value !== undefined && value !== "";
  });
}

function headerText(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value.join(",") : value;
}
