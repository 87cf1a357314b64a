import type { Link, LinkStats } from "@linkgate/contract";
import { QueryClient } from "@tanstack/react-query";
import { describe, expect, it } from "vitest";
import { queryKeys } from "../api/query-keys";
import { createLiveMessageApplier, TRAFFIC_REFRESH_MS } from "./apply-live-message";

const link = (code: string, totalClicks: number): Link => ({
  code,
  shortUrl: `http://127.0.0.1:3100/${code}`,
  target: "https://example.com/",
  createdAt: "2026-12-01T00:00:00.000Z",
  updatedAt: "2026-12-01T00:00:00.000Z",
  expiresAt: null,
  totalClicks,
});

describe("live messages applied to the cached data", () => {
  it("a click moves the link's total in every list page, its detail and its chart's day, without a request", () => {
    const client = new QueryClient();
    const listKey = queryKeys.links.list({ search: "", sort: "-createdAt" });
    const searchKey = queryKeys.links.list({ search: "ab", sort: "-createdAt" });
    client.setQueryData(listKey, { items: [link("abc", 4), link("xyz", 9)], nextCursor: null });
    client.setQueryData(searchKey, { items: [link("abc", 4)], nextCursor: null });
    client.setQueryData(queryKeys.links.detail("abc"), link("abc", 4));
    const stats: LinkStats = { code: "abc", totalClicks: 4, from: "2026-12-03", to: "2026-12-04", days: [{ day: "2026-12-03", clicks: 3 }, { day: "2026-12-04", clicks: 1 }] };
    client.setQueryData(queryKeys.links.stats("abc"), stats);

    createLiveMessageApplier(client)({ type: "click", code: "abc", totalClicks: 5, day: "2026-12-04", dayClicks: 2 });

    expect(client.getQueryData<{ items: Link[] }>(listKey)?.items.map((l) => [l.code, l.totalClicks])).toEqual([["abc", 5], ["xyz", 9]]);
    expect(client.getQueryData<{ items: Link[] }>(searchKey)?.items[0]?.totalClicks).toBe(5);
    expect(client.getQueryData<Link>(queryKeys.links.detail("abc"))?.totalClicks).toBe(5);
    expect(client.getQueryData<LinkStats>(queryKeys.links.stats("abc"))).toMatchObject({ totalClicks: 5, days: [{ day: "2026-12-03", clicks: 3 }, { day: "2026-12-04", clicks: 2 }] });
  });

  it("never moves a number back (a late message after a fresher read)", () => {
    const client = new QueryClient();
    client.setQueryData(queryKeys.links.detail("abc"), link("abc", 10));
    createLiveMessageApplier(client)({ type: "click", code: "abc", totalClicks: 7, day: "2026-12-04", dayClicks: 1 });
    expect(client.getQueryData<Link>(queryKeys.links.detail("abc"))?.totalClicks).toBe(10);
  });

  it("an expired link refetches the lists, the link and the profile's count; traffic refetches the admin metrics at most every few seconds", () => {
    const client = new QueryClient();
    const listKey = queryKeys.links.list({ search: "", sort: "-createdAt" });
    const keys = [listKey, queryKeys.links.detail("old"), queryKeys.links.detail("other"), queryKeys.profile(), queryKeys.apiMetrics("1h"), queryKeys.adminMetrics(), queryKeys.plans()];
    const reset = () => keys.forEach((key) => client.setQueryData(key, {}));
    const stale = () => keys.filter((key) => client.getQueryState(key)?.isInvalidated);
    reset();
    let now = 0;
    const apply = createLiveMessageApplier(client, () => now);

    apply({ type: "linkExpired", code: "old" });
    expect(stale()).toEqual([listKey, queryKeys.links.detail("old"), queryKeys.profile()]);

    reset();
    apply({ type: "traffic", redirects: 3, at: "2026-12-04T10:00:00.000Z" });
    expect(stale()).toEqual([queryKeys.apiMetrics("1h"), queryKeys.adminMetrics()]);
    reset();
    now += TRAFFIC_REFRESH_MS - 1;
    apply({ type: "traffic", redirects: 1, at: "2026-12-04T10:00:01.000Z" });
    expect(stale()).toEqual([]);
    now += 1;
    apply({ type: "traffic", redirects: 1, at: "2026-12-04T10:00:05.000Z" });
    expect(stale()).toEqual([queryKeys.apiMetrics("1h"), queryKeys.adminMetrics()]);
  });
});
