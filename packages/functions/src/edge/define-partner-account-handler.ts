import type { RouteName } from "@linkgate/contract";
import type { PartnerAccountCaller } from "@linkgate/core";
import { runtime, type Runtime } from "../runtime";
import { partnerAccountCallerOf } from "./caller";
import { defineRouteHandler, type RouteImpl } from "./route-handler";

/**
 * The partner self-service routes (`/portal/*`), on the admin runtime: they create, rotate and
 * revoke the account's own partner and key with the same services the admin routes use.
 */
export const definePartnerAccountHandler = <N extends RouteName>(name: N, impl: RouteImpl<N, PartnerAccountCaller, Runtime>) =>
  defineRouteHandler(name, "partnerAccount", runtime(), (event) => partnerAccountCallerOf(event), impl, {});
