import { partialMatchKey } from "@tanstack/react-query";
import { describe, expect, it } from "vitest";
import { isOwnAccountQuery, queryKeys } from "./query-keys";

// partialMatchKey is how invalidateQueries({ queryKey }) picks the queries it refreshes.
describe("query keys", () => {
  it("lets a mutation refresh every page and search of a list, and no detail", () => {
    const lists = [
      [queryKeys.links.lists(), queryKeys.links.list({ search: "docs", sort: "createdAt", cursor: "c2" }), queryKeys.links.detail("abc1234")],
      [queryKeys.partners.lists(), queryKeys.partners.list({ cursor: "c2" }), queryKeys.partners.detail("p_1")],
      [queryKeys.users.lists(), queryKeys.users.list({ search: "ada" }), queryKeys.users.detail("ada")],
    ] as const;
    for (const [all, page, detail] of lists) {
      expect(partialMatchKey(page, all)).toBe(true);
      expect(partialMatchKey(detail, all)).toBe(false);
    }
    expect(partialMatchKey(queryKeys.partners.usage("p_1"), queryKeys.partners.detail("p_1"))).toBe(false);
    expect(partialMatchKey(queryKeys.upgradeRequests.list("pending"), queryKeys.upgradeRequests.lists())).toBe(true);
  });

  it("tells the queries of an account's own routes (a 403 there means the account lost access) from admin and public ones", () => {
    const own = [
      queryKeys.profile(),
      queryKeys.links.list({ search: "", sort: "-createdAt" }),
      queryKeys.links.detail("a"),
      queryKeys.links.stats("a"),
      queryKeys.portal.partner(),
      queryKeys.portal.usage("k1"),
      queryKeys.portal.upgradeRequests(),
    ];
    const others = [
      queryKeys.plans(),
      queryKeys.partners.detail("p_1"),
      queryKeys.users.detail("ada"),
      queryKeys.dashboard(),
      queryKeys.adminMetrics(),
      queryKeys.openApiDocument(),
      queryKeys.publicPlans(),
      queryKeys.upgradeRequests.list("pending"),
    ];
    expect(own.map(isOwnAccountQuery)).toEqual(own.map(() => true));
    expect(others.map(isOwnAccountQuery)).toEqual(others.map(() => false));
  });
});
