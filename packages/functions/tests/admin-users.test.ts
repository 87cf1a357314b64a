import { adminUserPageSchema, adminUserSchema } from "@linkgate/contract";
import { beforeAll, describe, expect, it } from "vitest";
import { anAdmin, authorizerFlushes, call, core, createCognitoUser, unique } from "./support/fixtures";
import { userOwnerId, type UserCaller } from "@linkgate/core";

describe("admin: users (Cognito + owner flag + authorizer cache)", () => {
  const prefix = unique("u");
  let ann: UserCaller;
  let bob: UserCaller;
  let carl: UserCaller;
  const admin = anAdmin({ username: `${prefix}-admin` });

  beforeAll(async () => {
    ann = await createCognitoUser(`${prefix}-ann`);
    bob = await createCognitoUser(`${prefix}-bob`);
    carl = await createCognitoUser(`${prefix}-carl`);
  });

  it("lists users by username prefix, page by page", async () => {
    const first = adminUserPageSchema.parse((await call({ route: "listUsers", caller: admin, query: { search: prefix, limit: "2" } })).body);
    expect(first.items).toHaveLength(2);
    expect(first.nextCursor).not.toBeNull();
    const second = adminUserPageSchema.parse((await call({ route: "listUsers", caller: admin, query: { search: prefix, limit: "2", cursor: first.nextCursor ?? "" } })).body);
    const names = [...first.items, ...second.items].map((user) => user.username).sort();
    expect(names).toEqual([ann.username, bob.username, carl.username]);
    expect(second.nextCursor).toBeNull();
  });

  it("searches by email prefix when the search holds '@'", async () => {
    const found = adminUserPageSchema.parse((await call({ route: "listUsers", caller: admin, query: { search: `${bob.username}@` } })).body);
    expect(found.items.map((user) => user.username)).toEqual([bob.username]);
    expect(found.items[0]).toMatchObject({ email: bob.email, enabled: true, sub: bob.sub });
  });

  it("refuses a cursor it did not hand out (400)", async () => {
    expect((await call({ route: "listUsers", caller: admin, query: { cursor: "garbage" } })).status).toBe(400);
  });

  it("gets one user with groups and link usage; 404 for an unknown one", async () => {
    await call({ route: "createMyLink", caller: ann, body: { target: "https://example.com/ann" } });
    const user = adminUserSchema.parse((await call({ route: "getUser", caller: admin, pathParameters: { username: ann.username } })).body);
    expect(user).toMatchObject({ username: ann.username, groups: [], isAdmin: false, linkCount: 1, linkLimit: 500, enabled: true });
    expect((await call({ route: "getUser", caller: admin, pathParameters: { username: `${prefix}-nobody` } })).status).toBe(404);
  });

  it("disables a user: the owner flag the authorizer reads is set and the authorizer cache flushed; enabling undoes it", async () => {
    const flushesBefore = await authorizerFlushes();
    const disabled = adminUserSchema.parse((await call({ route: "updateUser", caller: admin, pathParameters: { username: carl.username }, body: { enabled: false } })).body);
    expect(disabled.enabled).toBe(false);
    expect((await core.owners.get(userOwnerId(carl.sub))).disabled).toBe(true);
    expect(await authorizerFlushes()).toBe(flushesBefore + 1);
    const refused = await call<{ code: string }>({ route: "createMyLink", caller: carl, body: { target: "https://example.com/" } });
    expect(refused.status).toBe(403);

    const enabled = adminUserSchema.parse((await call({ route: "updateUser", caller: admin, pathParameters: { username: carl.username }, body: { enabled: true } })).body);
    expect(enabled.enabled).toBe(true);
    expect((await core.owners.get(userOwnerId(carl.sub))).disabled).toBe(false);
  });

  it("promotes and demotes an admin, flushing the cache each time; never demotes yourself", async () => {
    const flushesBefore = await authorizerFlushes();
    const promoted = adminUserSchema.parse((await call({ route: "addUserToAdmins", caller: admin, pathParameters: { username: bob.username } })).body);
    expect([promoted.isAdmin, promoted.groups]).toEqual([true, ["admins"]]);
    const demoted = adminUserSchema.parse((await call({ route: "removeUserFromAdmins", caller: admin, pathParameters: { username: bob.username } })).body);
    expect(demoted.isAdmin).toBe(false);
    expect(await authorizerFlushes()).toBe(flushesBefore + 2);

    const self = await call<{ code: string }>({ route: "removeUserFromAdmins", caller: { ...bob, groups: ["admins"] }, pathParameters: { username: bob.username } });
    expect([self.status, self.body.code]).toEqual([409, "conflict"]);
  });
});
