import { ADMIN_GROUP, PARTNER_GROUP } from "@linkgate/contract";
import { partnerOwnerId, userOwnerId } from "./owner-id";

/** Who is calling, as decided once at the gateway (authorizer or API key). */
export type Caller = UserCaller | PartnerCaller;

export interface UserCaller {
  kind: "user";
  sub: string;
  username: string;
  email?: string;
  groups: string[];
}

export interface PartnerCaller {
  kind: "partner";
  partnerId: string;
  apiKeyId: string;
}

/**
 * A signed-in partner account (Cognito group `partners`) on `/portal/*`: it manages the one partner
 * its account maps to (found from `sub`, never from input). Not a `Caller`: it owns no links itself.
 */
export interface PartnerAccountCaller {
  kind: "partnerAccount";
  sub: string;
  username: string;
  email?: string;
  groups: string[];
}

export { ADMIN_GROUP, PARTNER_GROUP };

export function isAdmin(caller: Caller): boolean {
  return caller.kind === "user" && caller.groups.includes(ADMIN_GROUP);
}

/** The key under which a caller's links and counters are kept. */
export function ownerIdOf(caller: Caller): string {
  return caller.kind === "user" ? userOwnerId(caller.sub) : partnerOwnerId(caller.partnerId);
}
