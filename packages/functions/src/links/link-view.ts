import type { Link as ContractLink } from "@linkgate/contract";
import type { Link, Page } from "@linkgate/core";

/** Core's link as the contract shows it: owner details stay inside. */
export function linkView(link: Link): ContractLink {
  const { code, shortUrl, target, createdAt, updatedAt, expiresAt, totalClicks } = link;
  return { code, shortUrl, target, createdAt, updatedAt, expiresAt, totalClicks };
}

export function linkPageView(page: Page<Link>): { items: ContractLink[]; nextCursor: string | null } {
  return { items: page.items.map(linkView), nextCursor: page.nextCursor ?? null };
}
