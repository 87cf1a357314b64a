import { badRequest } from "./control-plane-errors";
import type { JsonObject } from "./request-input";

export interface RouteInput {
  params: Record<string, string>;
  query: URLSearchParams;
  body: JsonObject;
}

export interface RouteOutput {
  status: number;
  body?: unknown;
}

export type RouteHandler = (input: RouteInput) => RouteOutput;

export interface Route {
  method: string;
  /** `/usageplans/{usagePlanId}/keys`, as the SDK model writes it. */
  template: string;
  handler: RouteHandler;
}

interface CompiledRoute extends Route {
  pattern: RegExp;
  names: string[];
}

/** Matches method + path against templates; `{name}` captures one URL-decoded segment. */
export class RouteTable {
  private readonly routes: CompiledRoute[];

  constructor(routes: Route[]) {
    this.routes = routes.map((route) => {
      const names: string[] = [];
      const source = route.template.replace(/\{(\w+)\}/g, (_, name: string) => {
        names.push(name);
        return "([^/]+)";
      });
      return { ...route, names, pattern: new RegExp(`^${source}/?$`) };
    });
  }

  match(method: string, path: string): { handler: RouteHandler; params: Record<string, string> } | "wrong-method" | undefined {
    let pathMatched = false;
    for (const route of this.routes) {
      const found = route.pattern.exec(path);
      if (!found) continue;
      pathMatched = true;
      if (route.method !== method) continue;
      const params = Object.fromEntries(route.names.map((name, i) => [name, decodeSegment(found[i + 1] ?? "", name)]));
      return { handler: route.handler, params };
    }
    return pathMatched ? "wrong-method" : undefined;
  }
}

function decodeSegment(segment: string, name: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    throw badRequest(`${name} is not a valid URL-encoded path segment`);
  }
}
