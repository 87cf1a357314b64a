import { describe, expectTypeOf, it } from "vitest";
import type { ApiClient } from "../client/api-client";
import type { AdminUser } from "../schemas/admin-user.schemas";
import type { Link, LinkPage } from "../schemas/link.schemas";
import type { PartnerWithKey } from "../schemas/partner.schemas";
import type { RouteInput, RouteName, RouteOutput, RouteRequest, RouteResponse } from "./index";

// These are checked by `tsc` (typecheck), which includes the test files; vitest runs them as no-ops.
describe("route types", () => {
  it("infer a handler's parsed input, defaults applied", () => {
    expectTypeOf<RouteInput<"listMyLinks">["query"]>().toEqualTypeOf<{
      limit: number;
      cursor?: string | undefined;
      search?: string | undefined;
      sort: "-createdAt" | "createdAt";
    }>();
    expectTypeOf<RouteInput<"createMyLink">["headers"]>().toEqualTypeOf<{ idempotencyKey?: string | undefined }>();
    expectTypeOf<RouteInput<"getMyLink">["path"]>().toEqualTypeOf<{ code: string }>();
    expectTypeOf<RouteInput<"getMyLink">["body"]>().toEqualTypeOf<undefined>();
    expectTypeOf<RouteInput<"updateMyLink">["body"]["expiresAt"]>().toEqualTypeOf<string | null | undefined>();
  });

  it("infer what a client sends: parts optional when nothing in them is required", () => {
    expectTypeOf<RouteRequest<"listMyLinks">["query"]>().toEqualTypeOf<
      { limit?: number | undefined; cursor?: string | undefined; search?: string | undefined; sort?: "-createdAt" | "createdAt" | undefined } | undefined
    >();
    expectTypeOf<Record<never, never>>().toExtend<RouteRequest<"listMyLinks">>();
    expectTypeOf<Record<never, never>>().not.toExtend<RouteRequest<"getMyLink">>();
    expectTypeOf<RouteRequest<"createLink">["body"]["target"]>().toEqualTypeOf<string>();
  });

  it("infer outputs: bodies, or status and headers when there is no body", () => {
    expectTypeOf<RouteOutput<"getMyLink">>().toEqualTypeOf<Link>();
    expectTypeOf<RouteOutput<"listLinks">>().toEqualTypeOf<LinkPage>();
    expectTypeOf<RouteOutput<"createPartner">>().toEqualTypeOf<PartnerWithKey>();
    expectTypeOf<RouteOutput<"addUserToAdmins">>().toEqualTypeOf<AdminUser>();
    expectTypeOf<RouteOutput<"deleteLink">>().toEqualTypeOf<{ status: 204 }>();
    expectTypeOf<RouteOutput<"redirect">>().toEqualTypeOf<({ status: 301 } & { location: string }) | ({ status: 302 } & { location: string })>();
    expectTypeOf<RouteResponse<"createMyLink">>().toEqualTypeOf<{ status: 201; body: Link }>();
  });

  it("type the client's calls by route name", () => {
    const call = null as unknown as ApiClient["call"];
    const unused = () => {
      void call("getHealth");
      // @ts-expect-error a path parameter is required
      void call("getMyLink");
      // @ts-expect-error a body is required
      void call("createMyLink", {});
      // @ts-expect-error unknown route
      void call("noSuchRoute");
    };
    expectTypeOf(unused).toBeFunction();
    expectTypeOf<"createMyLink">().toExtend<RouteName>();
  });
});
