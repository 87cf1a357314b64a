import type { ResolvedLink } from "@linkgate/core";

/**
 * How long a browser may reuse a 301 without asking again. A link's target can be edited, and a
 * 301 without a bound is cached by browsers for good: the edit would never reach them. Five
 * minutes bounds that (and clicks repeated by one browser within it are not counted); `private`
 * keeps shared caches from serving one user's redirect to everyone uncounted.
 */
export const PERMANENT_REDIRECT_MAX_AGE_SECONDS = 300;

/**
 * 301 for a permanent link (no expiry), 302 for one that expires; expiring redirects are never
 * cached, so the expiry applies at once and every click reaches the counter.
 */
export function redirectResponse(resolved: ResolvedLink) {
  const headers = { location: resolved.target };
  return resolved.permanent
    ? { status: 301 as const, headers, extraHeaders: { "cache-control": `private, max-age=${PERMANENT_REDIRECT_MAX_AGE_SECONDS}` } }
    : { status: 302 as const, headers, extraHeaders: { "cache-control": "no-store" } };
}
