import {
  AdminAddUserToGroupCommand,
  AdminDisableUserCommand,
  AdminEnableUserCommand,
  AdminGetUserCommand,
  AdminListGroupsForUserCommand,
  AdminRemoveUserFromGroupCommand,
  ListUsersCommand,
  UserNotFoundException,
  type AttributeType,
  type CognitoIdentityProviderClient,
} from "@aws-sdk/client-cognito-identity-provider";
import { ADMIN_GROUP, type AdminUser, type AdminUserSummary } from "@linkgate/contract";
import { Conflict, NotFound, userOwnerId, type Core, type UserCaller } from "@linkgate/core";
import type { AuthorizerCache } from "./authorizer-cache";
import { decodeUserCursor, encodeUserCursor } from "./user-cursor";

interface CognitoUser {
  Username?: string;
  Enabled?: boolean;
  UserStatus?: string;
  UserCreateDate?: Date;
  UserLastModifiedDate?: Date;
  Attributes?: AttributeType[];
  UserAttributes?: AttributeType[];
}

const attribute = (user: CognitoUser, name: string) => (user.Attributes ?? user.UserAttributes)?.find((a) => a.Name === name)?.Value;
/** Cognito filter values are double-quoted; a quote or backslash in a search is escaped. */
const quoted = (text: string) => `"${text.replace(/["\\]/g, (c) => `\\${c}`)}"`;

/**
 * Users live in Cognito. "Enabled" is Cognito's flag AND core's owner flag: the authorizer reads
 * the latter on every uncached call (and the local Cognito ignores AdminDisableUser). Changes that
 * affect access flush the stage's authorizer cache so they apply on the next request.
 */
export function createUserAdmin(deps: { core: Core; cognito: CognitoIdentityProviderClient; userPoolId: string; authorizerCache: AuthorizerCache }) {
  const { core, cognito, userPoolId, authorizerCache } = deps;

  async function summary(user: CognitoUser): Promise<AdminUserSummary & { linkCount: number; linkLimit: number }> {
    const sub = attribute(user, "sub") ?? "";
    const owner = await core.owners.get(userOwnerId(sub));
    return {
      username: user.Username ?? "",
      sub,
      email: attribute(user, "email") ?? null,
      enabled: user.Enabled !== false && !owner.disabled,
      status: user.UserStatus ?? "UNKNOWN",
      createdAt: (user.UserCreateDate ?? new Date(0)).toISOString(),
      updatedAt: (user.UserLastModifiedDate ?? user.UserCreateDate ?? new Date(0)).toISOString(),
      linkCount: owner.linkCount,
      linkLimit: owner.linkLimit,
    };
  }

  async function cognitoUser(username: string): Promise<CognitoUser> {
    try {
      return await cognito.send(new AdminGetUserCommand({ UserPoolId: userPoolId, Username: username }));
    } catch (error) {
      if (error instanceof UserNotFoundException || (error as { name?: string }).name === "UserNotFoundException") throw new NotFound(`No user '${username}'.`);
      throw error;
    }
  }

  async function get(username: string): Promise<AdminUser> {
    const user = await cognitoUser(username);
    const groups = await cognito.send(new AdminListGroupsForUserCommand({ UserPoolId: userPoolId, Username: username }));
    const names = (groups.Groups ?? []).flatMap((group) => (group.GroupName ? [group.GroupName] : []));
    return { ...(await summary(user)), groups: names, isAdmin: names.includes(ADMIN_GROUP) };
  }

  return {
    get,

    /** Search: an email prefix when it holds '@', else a username prefix (Cognito's `^=`). */
    async list(query: { search?: string; limit: number; cursor?: string }): Promise<{ items: AdminUserSummary[]; nextCursor: string | null }> {
      const position = query.cursor ? decodeUserCursor(query.cursor) : { skip: 0 };
      const filter = query.search ? `${query.search.includes("@") ? "email" : "username"} ^= ${quoted(query.search)}` : undefined;
      const page = await cognito.send(
        new ListUsersCommand({ UserPoolId: userPoolId, Limit: query.limit, ...(filter ? { Filter: filter } : {}), ...(position.token ? { PaginationToken: position.token } : {}) }),
      );
      // A pool that ignores Limit (the local Cognito) answers everything: page through it by offset.
      const all = page.Users ?? [];
      const users = all.slice(position.skip, position.skip + query.limit);
      const moreHere = all.length > position.skip + query.limit;
      const nextCursor = moreHere
        ? encodeUserCursor({ ...(position.token ? { token: position.token } : {}), skip: position.skip + query.limit })
        : page.PaginationToken
          ? encodeUserCursor({ token: page.PaginationToken, skip: 0 })
          : null;
      const items = await Promise.all(users.map(async (user) => {
        const { linkCount: _count, linkLimit: _limit, ...rest } = await summary(user);
        return rest;
      }));
      return { items, nextCursor };
    },

    async setEnabled(username: string, enabled: boolean): Promise<AdminUser> {
      const sub = attribute(await cognitoUser(username), "sub");
      if (!sub) throw new NotFound(`User '${username}' has no sub.`);
      await cognito.send(enabled ? new AdminEnableUserCommand({ UserPoolId: userPoolId, Username: username }) : new AdminDisableUserCommand({ UserPoolId: userPoolId, Username: username }));
      await core.owners.setUserDisabled(sub, !enabled);
      await authorizerCache.flush();
      return get(username);
    },

    async addToAdmins(username: string): Promise<AdminUser> {
      await cognitoUser(username);
      await cognito.send(new AdminAddUserToGroupCommand({ UserPoolId: userPoolId, Username: username, GroupName: ADMIN_GROUP }));
      await authorizerCache.flush();
      return get(username);
    },

    /** Refused for your own account, so the last admin cannot lock everyone out by accident. */
    async removeFromAdmins(caller: UserCaller, username: string): Promise<AdminUser> {
      if (caller.username === username) throw new Conflict("You cannot take admin rights away from your own account.");
      await cognitoUser(username);
      await cognito.send(new AdminRemoveUserFromGroupCommand({ UserPoolId: userPoolId, Username: username, GroupName: ADMIN_GROUP }));
      await authorizerCache.flush();
      return get(username);
    },
  };
}

export type UserAdmin = ReturnType<typeof createUserAdmin>;
