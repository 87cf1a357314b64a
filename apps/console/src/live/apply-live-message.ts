import type { Link, LinkStats } from "@linkgate/contract";
import type { LiveMessage } from "@linkgate/contract/live";
import type { QueryClient } from "@tanstack/react-query";
import { queryKeys } from "../api/query-keys";

type LinkPage = { items: Link[]; nextCursor: string | null };

/** How often a burst of traffic messages may refetch the admin's CloudWatch charts. */
export const TRAFFIC_REFRESH_MS = 5_000;

/**
 * What a live message changes in the console's cached data. A click carries the link's new numbers,
 * written straight into every cached copy (the list pages, the link, its chart) so open pages move
 * without a request; an expired link and the admins' traffic make the affected queries refetch.
 */
export function createLiveMessageApplier(queryClient: QueryClient, now: () => number = Date.now) {
  let lastTrafficRefresh = -Infinity;

  return (message: LiveMessage): void => {
    switch (message.type) {
      case "click": {
        const withTotal = (link: Link): Link => (link.code === message.code ? { ...link, totalClicks: Math.max(link.totalClicks, message.totalClicks) } : link);
        queryClient.setQueriesData<LinkPage>({ queryKey: queryKeys.links.lists() }, (page) => (page ? { ...page, items: page.items.map(withTotal) } : page));
        queryClient.setQueryData<Link>(queryKeys.links.detail(message.code), (link) => (link ? withTotal(link) : link));
        queryClient.setQueryData<LinkStats>(queryKeys.links.stats(message.code), (stats) =>
          stats
            ? {
                ...stats,
                totalClicks: Math.max(stats.totalClicks, message.totalClicks),
                days: stats.days.map((day) => (day.day === message.day ? { ...day, clicks: Math.max(day.clicks, message.dayClicks) } : day)),
              }
            : stats,
        );
        return;
      }
      case "linkExpired":
        void queryClient.invalidateQueries({ queryKey: queryKeys.links.lists() });
        void queryClient.invalidateQueries({ queryKey: queryKeys.links.detail(message.code) });
        void queryClient.invalidateQueries({ queryKey: queryKeys.profile() });
        return;
      case "traffic": {
        if (now() - lastTrafficRefresh < TRAFFIC_REFRESH_MS) return;
        lastTrafficRefresh = now();
        // The dashboard's calls per minute (CloudWatch) and its click totals.
        void queryClient.invalidateQueries({ queryKey: queryKeys.adminMetrics() });
        return;
      }
      default:
        // pong, error, and types this console does not know yet: nothing to update.
        return;
    }
  };
}
