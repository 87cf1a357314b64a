import type { RouteName } from "@linkgate/contract";
import type { PartnerCaller, UserCaller } from "@linkgate/core";
import { requestRuntime, type RequestRuntime } from "../request-runtime";
import { partnerCallerOf, signedInUserOf } from "./caller";
import type { EdgeOptions } from "./invocation";
import { defineRouteHandler, type RouteImpl } from "./route-handler";

export type { EdgeOptions, ProxyHandler } from "./invocation";
export type { HandlerResult } from "./route-handler";

/** The public, user and partner routes, on the request runtime (no admin services, no dynamoose); admin routes: define-admin-handler.ts. */
export const definePublicHandler = <N extends RouteName>(name: N, impl: RouteImpl<N, undefined, RequestRuntime>, options: EdgeOptions = {}) =>
  defineRouteHandler(name, "public", requestRuntime(), () => undefined, impl, options);
export const defineUserHandler = <N extends RouteName>(name: N, impl: RouteImpl<N, UserCaller, RequestRuntime>) =>
  defineRouteHandler(name, "user", requestRuntime(), (event) => signedInUserOf(event), impl, {});
export const definePartnerHandler = <N extends RouteName>(name: N, impl: RouteImpl<N, PartnerCaller, RequestRuntime>) =>
  defineRouteHandler(name, "partner", requestRuntime(), (event, rt) => partnerCallerOf(event, rt.core.partners), impl, {});
