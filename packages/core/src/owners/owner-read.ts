import { USER_LINK_LIMIT } from "@linkgate/contract";
import type { CoreContext } from "../context";
import { Validation } from "../errors";
import { parseOwnerId, type ParsedOwnerId } from "../owner-id";
import { readPartnerItem } from "../partners/partner-lookup";
import { planLinkLimit } from "./link-limit";
import { readOwnerItem } from "./owner.item";

export interface OwnerSummary {
  ownerId: string;
  linkCount: number;
  /** The limit in force: the override when set, else the user or plan default. */
  linkLimit: number;
  linkLimitOverride?: number;
  disabled: boolean;
}

export type OwnerReader = ReturnType<typeof createOwnerReader>;

export function parseOwnerIdField(ownerId: string): ParsedOwnerId {
  const parsed = parseOwnerId(ownerId);
  if (!parsed) throw Validation.field("ownerId", "ownerId must look like 'user#<sub>' or 'partner#<partnerId>'.");
  return parsed;
}

/**
 * An owner's counter and limits, as `GET /me` shows them on every call: raw GetItems, not
 * dynamoose, as on every per-request path (see store/dynamodb.ts).
 */
export function createOwnerReader(ctx: CoreContext) {
  async function defaultLimit(ownerId: string): Promise<number> {
    const parsed = parseOwnerIdField(ownerId);
    if (parsed.kind === "user") return USER_LINK_LIMIT;
    const partner = await readPartnerItem(ctx, parsed.partnerId);
    return planLinkLimit(ctx.config, partner?.planId ?? "");
  }

  return {
    async get(ownerId: string): Promise<OwnerSummary> {
      const [item, fallbackLimit] = await Promise.all([readOwnerItem(ctx, ownerId), defaultLimit(ownerId)]);
      return {
        ownerId,
        linkCount: item.linkCount ?? 0,
        linkLimit: item.linkLimit ?? fallbackLimit,
        ...(item.linkLimit !== undefined ? { linkLimitOverride: item.linkLimit } : {}),
        disabled: item.disabled === true,
      };
    },
  };
}
