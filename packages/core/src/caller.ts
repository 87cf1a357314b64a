import { ADMIN_GROUP } from "@linkgate/contract";
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

export { ADMIN_GROUP };

export function isAdmin(caller: Caller): boolean {
  return caller.kind === "user" && caller.groups.includes(ADMIN_GROUP);
}

/** The key under which a caller's links and counters are kept. */
export function ownerIdOf(caller: Caller): string {
  return caller.kind === "user" ? userOwnerId(caller.sub) : partnerOwnerId(caller.partnerId);
}
