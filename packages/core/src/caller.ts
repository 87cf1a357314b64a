import { ADMIN_GROUP } from "@linkgate/contract";

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

export function userOwnerId(sub: string): string {
  return `user#${sub}`;
}

export function partnerOwnerId(partnerId: string): string {
  return `partner#${partnerId}`;
}

/** The key under which a caller's links and counters are kept. */
export function ownerIdOf(caller: Caller): string {
  return caller.kind === "user" ? userOwnerId(caller.sub) : partnerOwnerId(caller.partnerId);
}

export type ParsedOwnerId = { kind: "user"; sub: string } | { kind: "partner"; partnerId: string };

export function parseOwnerId(ownerId: string): ParsedOwnerId | undefined {
  const [kind, ...rest] = ownerId.split("#");
  const id = rest.join("#");
  if (!id) return undefined;
  if (kind === "user") return { kind, sub: id };
  if (kind === "partner") return { kind, partnerId: id };
  return undefined;
}
