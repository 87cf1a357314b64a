import type { RouteName } from "@linkgate/contract";
import { requestRuntime, type RequestRuntime } from "../request-runtime";
import { jsonResponse } from "./http-response";
import { edgeInvocation, type EdgeOptions, type ProxyHandler } from "./invocation";
import type { HandlerResult } from "./route-handler";
import { successResponse, type SuccessResult } from "./success-response";

/**
 * The public routes whose only input is path parameters that are any non-empty text (the contract's
 * `pathIdSchema`: unknown values are the service's 404, never a 400). `define-path-handler.test.ts`
 * checks each against the contract's route, and that it answers what the full edge would.
 */
export const PATH_ONLY_PUBLIC_ROUTES = { redirect: ["code"] } as const satisfies Partial<Record<RouteName, readonly string[]>>;
export type PathOnlyPublicRouteName = keyof typeof PATH_ONLY_PUBLIC_ROUTES;
type PathOf<N extends PathOnlyPublicRouteName> = Record<(typeof PATH_ONLY_PUBLIC_ROUTES)[N][number], string>;

/**
 * The edge for the redirect, the hot path: the same edge as `definePublicHandler` (request runtime,
 * logging, the error table, metrics), but its one check, a non-empty path parameter, is done here
 * without the contract's route table and zod, which would more than double the redirect's bundle.
 */
export function definePublicPathHandler<N extends PathOnlyPublicRouteName>(
  name: N,
  impl: (path: PathOf<N>, ctx: { runtime: RequestRuntime }) => Promise<HandlerResult<N>>,
  options: EdgeOptions = {},
): ProxyHandler {
  const params: readonly string[] = PATH_ONLY_PUBLIC_ROUTES[name];
  const rt = requestRuntime();
  return edgeInvocation(name, options, async (event) => {
    const path: Record<string, string> = {};
    for (const param of params) {
      const value = event.pathParameters?.[param];
      if (typeof value !== "string" || value === "") {
        const message = "Expected a non-empty string.";
        return jsonResponse(400, { code: "validation_failed", message: `Invalid request: path.${param}: ${message}`, issues: [{ path: `path.${param}`, message }] });
      }
      path[param] = value;
    }
    return successResponse((await impl(path as PathOf<N>, { runtime: rt })) as SuccessResult);
  });
}
