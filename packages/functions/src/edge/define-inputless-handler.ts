import type { RouteName } from "@linkgate/contract";
import type { APIGatewayProxyEvent, Context } from "aws-lambda";
import { readFunctionsConfig, type FunctionsConfig } from "../config";
import type { HandlerResult } from "./define-handler";
import { edgeInvocation, type ProxyHandler } from "./invocation";
import { successResponse, type SuccessResult } from "./success-response";

/**
 * The public routes that take no input: no path or query parameters, no documented header, no body.
 * The contract's types do not carry that (parts are typed as any object), so the names are listed
 * here and `define-inputless-handler.test.ts` checks each against the contract's route.
 */
export const INPUTLESS_PUBLIC_ROUTES = ["getHealth", "getOpenApiDocument", "listPortalPlans"] as const satisfies readonly RouteName[];
export type InputlessPublicRouteName = (typeof INPUTLESS_PUBLIC_ROUTES)[number];

export interface InputlessHandlerContext {
  readonly config: FunctionsConfig;
  readonly event: APIGatewayProxyEvent;
  readonly lambda: Context;
}

/**
 * The edge for a public route without input (GET /health, GET /openapi.json, GET /portal/plans). For such a route,
 * parsing the event always succeeds with empty parts (every part's schema is an empty object, and
 * there is no body to read), and there is no caller to identify: so this edge does neither, and
 * the function bundles no route table, no zod and no core. Everything else is the same edge:
 * configuration checked at cold start, logging, the error table, metrics flushed.
 */
export function defineInputlessPublicHandler<N extends InputlessPublicRouteName>(name: N, impl: (ctx: InputlessHandlerContext) => Promise<HandlerResult<N>>): ProxyHandler {
  // Cold start: a missing value fails the function's init with an error naming it, like every function.
  const config = readFunctionsConfig();
  return edgeInvocation(name, {}, async (event, lambda) => successResponse((await impl({ config, event, lambda })) as SuccessResult));
}
