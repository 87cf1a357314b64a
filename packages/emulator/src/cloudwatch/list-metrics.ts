import { invalidNextToken, invalidParameterValue } from "./cloudwatch-errors";
import { asInput, optionalArray, optionalString, requiredString, type Input } from "./cloudwatch-input";
import type { MetricStore } from "./metric-store";

/** ListMetrics pages 500 metrics at a time and lists those with data in the last two weeks. */
const PAGE_SIZE = 500;
const LISTED_FOR_MS = 14 * 24 * 3_600_000;
const RECENTLY_ACTIVE_MS = 3 * 3_600_000;

export function listMetrics(store: MetricStore, input: Input, now: number): { Metrics: Record<string, unknown>[]; NextToken?: string } {
  const namespace = optionalString(input, "Namespace");
  const name = optionalString(input, "MetricName");
  const dimensions = optionalArray(input, "Dimensions", 10).map((item) => {
    const filter = asInput(item, "Dimensions.member");
    return { name: requiredString(filter, "Name"), value: optionalString(filter, "Value", 1024) };
  });
  const recentlyActive = optionalString(input, "RecentlyActive");
  if (recentlyActive !== undefined && recentlyActive !== "PT3H") throw invalidParameterValue("The parameter RecentlyActive must be PT3H.");
  const activeSince = now - (recentlyActive ? RECENTLY_ACTIVE_MS : LISTED_FOR_MS);
  const found = store.list({ namespace, name, dimensions, activeSince });
  const offset = offsetOf(optionalString(input, "NextToken", 1024));
  const page = found.slice(offset, offset + PAGE_SIZE);
  return {
    Metrics: page.map((metric) => ({
      Namespace: metric.namespace,
      MetricName: metric.name,
      Dimensions: metric.dimensions.map((d) => ({ Name: d.name, Value: d.value })),
    })),
    ...(offset + PAGE_SIZE < found.length ? { NextToken: Buffer.from(String(offset + PAGE_SIZE)).toString("base64url") } : {}),
  };
}

/** The token is the offset into the listing: the store lists in insertion order, and series leave it only by retention. */
function offsetOf(token: string | undefined): number {
  if (token === undefined) return 0;
  const offset = Number(Buffer.from(token, "base64url").toString("utf8"));
  if (!Number.isInteger(offset) || offset < 0) throw invalidNextToken();
  return offset;
}
