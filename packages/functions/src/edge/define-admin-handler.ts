import type { RouteName } from "@linkgate/contract";
import type { UserCaller } from "@linkgate/core";
import { runtime, type Runtime } from "../runtime";
import { adminCallerOf } from "./caller";
import { defineRouteHandler, type RouteImpl } from "./route-handler";

/** The admin routes, on the admin runtime: the whole core, admin services included. */
export const defineAdminHandler = <N extends RouteName>(name: N, impl: RouteImpl<N, UserCaller, Runtime>) =>
  defineRouteHandler(name, "admin", runtime(), (event) => adminCallerOf(event), impl, {});
