import { beforeAll, describe, expect, it } from "vitest";
import { NotFound, ownerIdOf, Validation, type Caller, type Core } from "../src/index";
import { aPartnerCaller, aUser, createTestCore } from "../src/testing/index";
import { uniqueTablePrefix } from "./local-aws";

describe("a link belongs to its owner", () => {
  let core: Core;
  const owner = aUser();
  let code: string;

  beforeAll(async () => {
    core = await createTestCore(uniqueTablePrefix("owner"));
    code = (await core.links.create(owner, { target: "https://example.com/mine" })).code;
  });

  const strangers: [string, Caller][] = [
    ["another user", aUser()],
    ["an admin", aUser({ groups: ["admins"] })],
    ["a partner", aPartnerCaller()],
  ];

  describe.each(strangers)("%s", (_label, stranger) => {
    it("gets NotFound on get, update, delete and stats, exactly as for a missing code", async () => {
      for (const target of [code, "missing-code"]) {
        await expect(core.links.get(stranger, target)).rejects.toBeInstanceOf(NotFound);
        await expect(core.links.update(stranger, target, { target: "https://evil.example/" })).rejects.toBeInstanceOf(NotFound);
        await expect(core.links.delete(stranger, target)).rejects.toBeInstanceOf(NotFound);
        await expect(core.links.stats(stranger, target, { from: "2030-01-01", to: "2030-01-02" })).rejects.toBeInstanceOf(NotFound);
      }
      await expect(core.links.get(owner, code)).resolves.toMatchObject({ target: "https://example.com/mine" });
    });
  });

  it("lets the owner update the target and expiry", async () => {
    const inAMonth = new Date(Date.now() + 30 * 86_400_000).toISOString().replace(/\.\d+Z$/, ".000Z");
    const updated = await core.links.update(owner, code, { target: "https://example.com/new", expiresAt: inAMonth });
    expect(updated).toMatchObject({ code, target: "https://example.com/new", expiresAt: inAMonth });
    await expect(core.links.get(owner, code)).resolves.toEqual(updated);
  });

  it("validates updates like creates", async () => {
    await expect(core.links.update(owner, code, { target: "https://lnk.test/loop" })).rejects.toBeInstanceOf(Validation);
    await expect(core.links.update(owner, code, { expiresAt: "2000-01-01T00:00:00Z" })).rejects.toBeInstanceOf(Validation);
    await expect(core.links.update(owner, code, {})).rejects.toBeInstanceOf(Validation);
  });

  it.each([
    ["a malformed day", { from: "2030-1-1", to: "2030-01-02" }],
    ["an impossible day", { from: "2030-02-30", to: "2030-03-02" }],
    ["a reversed range", { from: "2030-01-02", to: "2030-01-01" }],
    ["a range over 366 days", { from: "2030-01-01", to: "2031-01-02" }],
  ])("refuses stats for %s", async (_label, range) => {
    await expect(core.links.stats(owner, code, range)).rejects.toBeInstanceOf(Validation);
  });

  it("lets the owner delete; then the code is gone and the counter is back", async () => {
    const user = aUser();
    const link = await core.links.create(user, { target: "https://example.com/bye" });
    await core.links.delete(user, link.code);
    await expect(core.links.get(user, link.code)).rejects.toBeInstanceOf(NotFound);
    await expect(core.links.resolve(link.code)).resolves.toBeUndefined();
    await expect(core.links.delete(user, link.code)).rejects.toBeInstanceOf(NotFound);
    expect((await core.owners.get(ownerIdOf(user))).linkCount).toBe(0);
  });

  it("still deletes when the owner's counter is already at zero", async () => {
    const user = aUser();
    const link = await core.links.create(user, { target: "https://example.com/drift" });
    await core.expiredLinks.release({ code: link.code, ownerId: ownerIdOf(user), createdAt: Date.parse(link.createdAt) }); // counter 0 while the link exists
    await core.links.delete(user, link.code);
    await expect(core.links.get(user, link.code)).rejects.toBeInstanceOf(NotFound);
    expect((await core.owners.get(ownerIdOf(user))).linkCount).toBe(0);
  });
});

describe("codes that cannot exist", () => {
  it("are NotFound / unresolved without a DynamoDB error, even when oversized", async () => {
    const core = await createTestCore(uniqueTablePrefix("badcode"));
    const user = aUser();
    for (const code of ["a/b", "x".repeat(3000), ""]) {
      await expect(core.links.resolve(code)).resolves.toBeUndefined();
      await expect(core.links.get(user, code)).rejects.toBeInstanceOf(NotFound);
      await expect(core.links.delete(user, code)).rejects.toBeInstanceOf(NotFound);
      await expect(core.links.update(user, code, { target: "https://example.com/" })).rejects.toBeInstanceOf(NotFound);
    }
  });
});
