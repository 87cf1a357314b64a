import type * as z from "zod";
import { issuesFromZodError } from "../errors";
import { requestHeaderWireNames, type RequestHeaderName } from "../headers";
import type { AnyRoute, ResponseSpec } from "../route";
import { routeByName, type EmptyObject, type RouteName, type RouteOutput, type RouteRequest } from "../routes/index";
import { ApiContractError } from "./api-error";
import { buildUrl } from "./build-url";
import { readApiError } from "./read-error";

type MaybePromise<T> = T | Promise<T>;

export interface ApiClientOptions {
  /** Stage base URL, e.g. `http://127.0.0.1:4000` or `https://…/prod`. */
  baseUrl: string;
  fetch?: typeof globalThis.fetch;
  /** Cognito access token for `user`/`admin` routes, read before every call (so refreshes apply). */
  accessToken?: () => MaybePromise<string | undefined>;
  /** Partner API key for `partner` routes. */
  apiKey?: string;
}

/** Input is optional when a route needs nothing (no path params, required query or body). */
type CallArgs<N extends RouteName> = EmptyObject extends RouteRequest<N> ? [input?: RouteRequest<N>] : [input: RouteRequest<N>];

export interface ApiClient {
  /**
   * Calls a route by name. Resolves with the parsed success body (or `{ status, ...headers }` for
   * bodiless answers such as 204 and redirects); rejects with `ApiError` for any error status.
   */
  call<N extends RouteName>(name: N, ...args: CallArgs<N>): Promise<RouteOutput<N>>;
}

interface LooseRequest {
  path?: Record<string, unknown>;
  query?: Record<string, unknown>;
  headers?: Record<string, unknown>;
  body?: unknown;
}

export function createApiClient(options: ApiClientOptions): ApiClient {
  const fetchImpl = options.fetch ?? globalThis.fetch.bind(globalThis);

  // Untyped inside: the per-name types live on the interface (checking them here is too costly for tsc).
  async function call(name: RouteName, input: LooseRequest = {}): Promise<unknown> {
    const route: AnyRoute = routeByName(name);
    const headers = new Headers({ accept: "application/json" });
    if (route.auth === "user" || route.auth === "admin" || route.auth === "partnerAccount") {
      const token = await options.accessToken?.();
      if (token) headers.set("authorization", `Bearer ${token}`);
    }
    if (route.auth === "partner" && options.apiKey) headers.set("x-api-key", options.apiKey);
    for (const [key, value] of Object.entries(input.headers ?? {})) {
      if (value !== undefined) headers.set(requestHeaderWireNames[key as RequestHeaderName] ?? key, String(value));
    }
    const hasBody = route.request.body !== undefined && input.body !== undefined;
    if (hasBody) headers.set("content-type", "application/json");

    const response = await fetchImpl(buildUrl(options.baseUrl, route.path, input.path, input.query), {
      method: route.method,
      headers,
      body: hasBody ? JSON.stringify(input.body) : undefined,
      // The redirect route answers 301/302 to the caller; following it would fetch the target.
      redirect: "manual",
    });

    const spec = (route.responses as Partial<Record<number, ResponseSpec>>)[response.status];
    if (response.status >= 400 || (!spec && response.status >= 300)) throw await readApiError(response);
    if (!spec) {
      await response.body?.cancel();
      throw new ApiContractError(`${name} answered ${response.status}, which the contract does not declare.`, response.status);
    }
    return readSuccess(name, response, spec);
  }

  return { call: call as ApiClient["call"] };
}

async function readSuccess(name: string, response: Response, spec: ResponseSpec): Promise<unknown> {
  if (spec.body) {
    const text = await response.text();
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      throw new ApiContractError(`${name} answered ${response.status} with a body that is not JSON.`, response.status);
    }
    return parseOrThrow(name, response.status, spec.body, json);
  }
  await response.body?.cancel();
  const declared = spec.headers ? Object.keys(spec.headers.shape) : [];
  const headers = Object.fromEntries(declared.map((header) => [header, response.headers.get(header) ?? undefined]));
  const parsed = spec.headers ? parseOrThrow(name, response.status, spec.headers, headers) : {};
  return { status: response.status, ...(parsed as object) };
}

function parseOrThrow(name: string, status: number, schema: z.ZodType, value: unknown): unknown {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issues = issuesFromZodError(result.error, "response");
  throw new ApiContractError(`${name} answered ${status} with a response the contract does not allow.`, status, issues);
}
