import { createHash } from "node:crypto";
import type { HttpMethod, RouteDefinition } from "./definition";

/**
 * API Gateway's resource tree, compiled once per definition. Matching walks the tree segment by
 * segment: a static child beats `{param}`, which beats a greedy `{proxy+}` (which takes one or
 * more segments). Method lookup on the matched resource: the exact verb, then `ANY`.
 */
export interface Resource {
  /** Resource path template, e.g. `/v1/links/{code}`. */
  path: string;
  /** Stable 6-character id, like API Gateway's resource ids (used in `requestContext.resourceId`). */
  id: string;
  methods: Map<string, RouteDefinition>;
}

export type RouteMatch =
  | { kind: "method"; resource: Resource; route: RouteDefinition; pathParameters: Record<string, string> | null }
  /** The resource exists but has no method for this verb (OPTIONS is answered here when CORS is on). */
  | { kind: "no-method"; resource: Resource; pathParameters: Record<string, string> | null }
  | { kind: "no-resource" };

interface Node {
  statics: Map<string, Node>;
  param?: { name: string; node: Node };
  greedy?: { name: string; node: Node };
  /** Set when a resource with at least one method ends here. */
  resource?: Resource;
}

const newNode = (): Node => ({ statics: new Map() });

export class Router {
  private readonly root = newNode();
  readonly resources: Resource[] = [];

  constructor(routes: readonly RouteDefinition[]) {
    for (const route of routes) this.add(route);
  }

  match(method: string, path: string): RouteMatch {
    const segments = splitPath(path);
    const params: Record<string, string> = {};
    const node = this.walk(this.root, segments, 0, params);
    if (!node?.resource) return { kind: "no-resource" };
    const resource = node.resource;
    const pathParameters = Object.keys(params).length > 0 ? params : null;
    const route = resource.methods.get(method) ?? resource.methods.get("ANY");
    if (!route) return { kind: "no-method", resource, pathParameters };
    return { kind: "method", resource, route, pathParameters };
  }

  private add(route: RouteDefinition): void {
    let node = this.root;
    for (const segment of splitPath(route.path)) {
      const greedy = /^\{(.+)\+\}$/.exec(segment);
      const param = /^\{(.+)\}$/.exec(segment);
      if (greedy?.[1]) {
        node.greedy ??= { name: greedy[1], node: newNode() };
        node = node.greedy.node;
      } else if (param?.[1]) {
        node.param ??= { name: param[1], node: newNode() };
        node = node.param.node;
      } else {
        let child = node.statics.get(segment);
        if (!child) node.statics.set(segment, (child = newNode()));
        node = child;
      }
    }
    if (!node.resource) {
      const path = normalisePath(route.path);
      node.resource = { path, id: resourceId(path), methods: new Map() };
      this.resources.push(node.resource);
    }
    const method: HttpMethod = route.method;
    if (node.resource.methods.has(method)) throw new Error(`Duplicate route: ${method} ${route.path}`);
    node.resource.methods.set(method, route);
  }

  /** Depth-first with backtracking, so `/a/{x}/c` still matches when a static `/a/b` has no `c`. */
  private walk(node: Node, segments: string[], index: number, params: Record<string, string>): Node | undefined {
    if (index === segments.length) return node.resource ? node : undefined;
    const segment = segments[index] as string;
    const staticChild = node.statics.get(segment);
    if (staticChild) {
      const found = this.walk(staticChild, segments, index + 1, params);
      if (found) return found;
    }
    if (node.param && segment !== "") {
      const found = this.walk(node.param.node, segments, index + 1, params);
      if (found) {
        params[node.param.name] = segment;
        return found;
      }
    }
    if (node.greedy?.node.resource) {
      params[node.greedy.name] = segments.slice(index).join("/");
      return node.greedy.node;
    }
    return undefined;
  }
}

/** `/` → [], `/a/b` → ["a", "b"]; a trailing slash is ignored, as API Gateway does. */
export function splitPath(path: string): string[] {
  // Index scans, not two regex replaces: this runs on every request's path.
  let start = 0;
  let end = path.length;
  while (start < end && path.charCodeAt(start) === SLASH) start += 1;
  while (end > start && path.charCodeAt(end - 1) === SLASH) end -= 1;
  return start === end ? [] : path.slice(start, end).split("/");
}

const SLASH = 0x2f;

function normalisePath(path: string): string {
  return "/" + splitPath(path).join("/");
}

function resourceId(path: string): string {
  return createHash("sha1").update(path).digest("base64url").slice(0, 6).toLowerCase();
}
