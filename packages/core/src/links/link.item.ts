import type { AttributeValue } from "@aws-sdk/client-dynamodb";
import { unmarshall } from "@aws-sdk/util-dynamodb";
import type { Link } from "./link.types";

/** A link as stored in the Links table. Times in ms except `expiresAt` (TTL: epoch seconds). */
export interface LinkItem {
  code: string;
  ownerId: string;
  targetUrl: string;
  custom: boolean;
  /** Always present, so the redirect's UpdateItem can return it (see link-resolve.ts). */
  permanent: boolean;
  createdAt: number;
  updatedAt: number;
  expiresAt?: number;
  clicks: number;
  /** Clicks per UTC day, `YYYY-MM-DD` → count. */
  clicksByDay: Record<string, number>;
}

export function linkFromItem(item: LinkItem, shortBaseUrl: string): Link {
  return {
    code: item.code,
    shortUrl: `${shortBaseUrl}/${item.code}`,
    target: item.targetUrl,
    ownerId: item.ownerId,
    custom: item.custom,
    createdAt: new Date(item.createdAt).toISOString(),
    updatedAt: new Date(item.updatedAt).toISOString(),
    expiresAt: item.expiresAt !== undefined ? new Date(item.expiresAt * 1000).toISOString() : null,
    totalClicks: item.clicks,
  };
}

export function linkItemFromDynamo(raw: Record<string, AttributeValue>): LinkItem {
  return unmarshall(raw) as LinkItem;
}
