/**
 * Owner ids: the Owners table's hash key and the Links table's `ownerId`, `user#<sub>` or
 * `partner#<partnerId>`. No imports, and an entry of its own (`@linkgate/core/owner-id`), so the
 * authorizer reads a user's owner item by the same key without bundling the data layer.
 */

export function userOwnerId(sub: string): string {
  return `user#${sub}`;
}

export function partnerOwnerId(partnerId: string): string {
  return `partner#${partnerId}`;
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
