import type { AttributeValue } from "@aws-sdk/client-dynamodb";
import type { CoreContext } from "../context";

export interface LinkTotals {
  /** Links that exist and have not expired. */
  links: number;
  /** Clicks counted on those links. */
  clicks: number;
  /** Items the scan read (expired-but-not-yet-deleted ones included): what the read was billed on. */
  scanned: number;
}

export interface LinkTotalsOptions {
  /** Items per Scan page (DynamoDB's `Limit`); absent: DynamoDB's 1 MB pages. Tests page with it. */
  pageSize?: number;
}

/**
 * Link and click totals for the admin dashboard: a paginated Scan of the Links table projected
 * to `clicks` and `expiresAt`, summed here.
 *
 * Why a Scan and not a counter: a global counter item would add a second write to every redirect
 * (the hot path is one UpdateItem, see link-resolve.ts) and to every create/delete, and one item
 * updated by every click is a hot key. A Scan costs only when an admin opens the dashboard.
 *
 * Why not `Select: COUNT`: it counts items but cannot sum `clicks`; the projection returns just
 * the two numbers, so the pages are small on the wire. Its cost does not shrink with the
 * projection: a Scan is billed on the size of the items read, 0.5 read request unit per 4 KB
 * (eventually consistent), so about (table size / 8 KB) RRUs per call — 1 GB of links is ~131,000
 * RRUs, ≈ $0.016 at $0.125 per million. Time grows with the table too (1 MB per page, one page
 * after another): fine for thousands to a few million links; past that, a parallel Scan
 * (`Segment`/`TotalSegments`) or a periodic roll-up off the hot path would be the next step.
 *
 * Expired links are not counted (TTL deletion is lazy, so they may still be in the table), and
 * neither are their clicks: the totals describe links that still resolve.
 */
export function createLinkTotals(ctx: CoreContext) {
  return async function totals(options: LinkTotalsOptions = {}): Promise<LinkTotals> {
    const nowSeconds = Math.floor(ctx.config.now().getTime() / 1000);
    const result: LinkTotals = { links: 0, clicks: 0, scanned: 0 };
    let startKey: Record<string, AttributeValue> | undefined;
    do {
      const page = await ctx.dynamodb.scan({
        TableName: ctx.tables.Links,
        ProjectionExpression: "clicks, expiresAt",
        ...(options.pageSize ? { Limit: options.pageSize } : {}),
        ...(startKey ? { ExclusiveStartKey: startKey } : {}),
      });
      for (const item of page.Items ?? []) {
        result.scanned += 1;
        const expiresAt = item.expiresAt?.N !== undefined ? Number(item.expiresAt.N) : undefined;
        if (expiresAt !== undefined && expiresAt <= nowSeconds) continue;
        result.links += 1;
        result.clicks += Number(item.clicks?.N ?? 0);
      }
      startKey = page.LastEvaluatedKey;
    } while (startKey);
    return result;
  };
}
