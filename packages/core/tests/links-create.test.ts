import { uniqueTablePrefix } from "./local-aws";
import { USER_LINK_LIMIT } from "@linkgate/contract";
import { beforeAll, describe, expect, it } from "vitest";
import { Conflict, Forbidden, ownerIdOf, QuotaExceeded, Validation, type Core } from "../src/index";
import { aPartnerCaller, aUser, createTestCore, prefixedTableNames, TEST_SHORT_BASE_URL } from "../src/testing/index";
import { createCore } from "../src/index";

const target = (n = 0) => `https://example.com/page/${n}`;

describe("creating links", () => {
  let core: Core;
  let prefix: string;

  beforeAll(async () => {
    prefix = uniqueTablePrefix("create");
    core = await createTestCore(prefix);
  });

  it("creates a link with a generated code, owned by the caller", async () => {
    const user = aUser();
    const link = await core.links.create(user, { target: target() });
    expect(link).toMatchObject({ target: target(), ownerId: ownerIdOf(user), custom: false, totalClicks: 0 });
    expect(link.code).toMatch(/^[23456789a-zA-Z]{7}$/);
    expect(link.shortUrl).toBe(`${TEST_SHORT_BASE_URL}/${link.code}`);
    await expect(core.links.get(user, link.code)).resolves.toEqual(link);
  });

  it("stores the target as the URL parser normalises it, on create and on update, never the raw text", async () => {
    const user = aUser();
    const link = await core.links.create(user, { target: "HTTPS://Example.COM/a b?q=ü" });
    expect(link.target).toBe("https://example.com/a%20b?q=%C3%BC");
    await expect(core.links.get(user, link.code)).resolves.toMatchObject({ target: "https://example.com/a%20b?q=%C3%BC" });
    const updated = await core.links.update(user, link.code, { target: "http://EXAMPLE.org:80/x/../y" });
    expect(updated.target).toBe("http://example.org/y");
  });

  it("refuses a target with control characters, which a redirect would carry into its Location header", async () => {
    for (const bad of ["https://example.com/\r\nSet-Cookie: a=1", "https://e.com/\u0000x"]) {
      const error = await core.links.create(aUser(), { target: bad }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(Validation);
      expect((error as Validation).issues[0]?.message).toMatch(/control characters/);
    }
  });

  it("creates a link with a custom alias", async () => {
    const link = await core.links.create(aUser(), { target: target(), alias: "my-Alias_1" });
    expect(link).toMatchObject({ code: "my-Alias_1", custom: true });
  });

  it.each([
    ["too short", "ab"],
    ["bad characters", "with space"],
    ["reserved", "admin"],
    ["reserved, other case", "HEALTH"],
  ])("refuses an alias that is %s", async (_label, alias) => {
    const error = await core.links.create(aUser(), { target: target(), alias }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Validation);
    expect((error as Validation).issues[0]?.path).toEqual(["alias"]);
  });

  it.each([
    ["not a URL", "not a url"],
    ["a javascript: URL", "javascript:alert(1)"],
    ["our own short domain", "https://lnk.test/abc"],
    ["a subdomain of our short domain", "http://www.LNK.test/x"],
    ["credentials", "https://u:p@example.com/"],
  ])("refuses a target that is %s", async (_label, target) => {
    const error = await core.links.create(aUser(), { target }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Validation);
    expect((error as Validation).issues[0]?.path).toEqual(["target"]);
  });

  it("explains why a link into our own domain is refused", async () => {
    await expect(core.links.create(aUser(), { target: "https://lnk.test/x" })).rejects.toThrow(/short-link domain \(lnk\.test\)/);
  });

  it.each([
    ["in the past", "2001-01-01T00:00:00Z"],
    ["not a date", "tomorrow"],
    ["more than 10 years ahead", "2099-01-01T00:00:00Z"],
  ])("refuses an expiry %s", async (_label, expiresAt) => {
    await expect(core.links.create(aUser(), { target: target(), expiresAt })).rejects.toBeInstanceOf(Validation);
  });

  it("gives one alias to exactly one of 100 parallel creates; the 99 others get Conflict", async () => {
    const user = aUser();
    const results = await Promise.allSettled(Array.from({ length: 100 }, (_, n) => core.links.create(user, { target: target(n), alias: "race-alias" })));
    const won = results.filter((r) => r.status === "fulfilled");
    const lost = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(99);
    expect(lost.every((r) => r.reason instanceof Conflict)).toBe(true);
    expect((await core.owners.get(ownerIdOf(user))).linkCount).toBe(1);
  });

  it("never lets generated codes collide: a forced collision is retried with a new code", async () => {
    const codes = ["dupcode", "dupcode", "dupcode", "freshcd"];
    const colliding = createCore({ ...core.config, tableNames: prefixedTableNames(prefix), generateCode: () => codes.shift() ?? "unused" });
    const user = aUser();
    const first = await colliding.links.create(user, { target: target(1) });
    const second = await colliding.links.create(user, { target: target(2) });
    expect([first.code, second.code]).toEqual(["dupcode", "freshcd"]);
    await expect(core.links.get(user, "dupcode")).resolves.toMatchObject({ target: target(1) });
    expect((await core.owners.get(ownerIdOf(user))).linkCount).toBe(2);
  });

  it("keeps an owner at its limit under concurrency: 50 parallel creates, limit 10 → 10 links, counter 10", async () => {
    const user = aUser();
    await core.owners.setLinkLimit(ownerIdOf(user), 10);
    const results = await Promise.allSettled(Array.from({ length: 50 }, (_, n) => core.links.create(user, { target: target(n) })));
    const refused = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(10);
    expect(refused.every((r) => r.reason instanceof QuotaExceeded && r.reason.limit === 10)).toBe(true);
    expect((await core.owners.get(ownerIdOf(user))).linkCount).toBe(10);
    const listed = await core.links.list(user, { limit: 100 });
    expect(listed.items).toHaveLength(10);
  });

  it("frees a unit of the limit when a link is deleted", async () => {
    const user = aUser();
    await core.owners.setLinkLimit(ownerIdOf(user), 1);
    const link = await core.links.create(user, { target: target() });
    await expect(core.links.create(user, { target: target() })).rejects.toBeInstanceOf(QuotaExceeded);
    await core.links.delete(user, link.code);
    expect((await core.owners.get(ownerIdOf(user))).linkCount).toBe(0);
    await expect(core.links.create(user, { target: target() })).resolves.toMatchObject({ target: target() });
  });

  it("applies USER_LINK_LIMIT to users without an override", async () => {
    const summary = await core.owners.get(ownerIdOf(aUser()));
    expect(summary).toEqual(expect.objectContaining({ linkCount: 0, linkLimit: USER_LINK_LIMIT, disabled: false }));
  });

  it("refuses creates by a disabled user with Forbidden", async () => {
    const user = aUser();
    await core.owners.setUserDisabled(user.sub, true);
    await expect(core.links.create(user, { target: target() })).rejects.toBeInstanceOf(Forbidden);
    await core.owners.setUserDisabled(user.sub, false);
    await expect(core.links.create(user, { target: target() })).resolves.toBeDefined();
  });

  describe("partners", () => {
    it("limits a partner to its plan's linkLimit, or to its override", async () => {
      const caller = aPartnerCaller();
      await core.partners.create({ id: caller.partnerId, name: "Acme", contactEmail: "ops@acme.test", planId: "free", apiKeyId: caller.apiKeyId });
      expect((await core.owners.get(ownerIdOf(caller))).linkLimit).toBe(100);
      await core.owners.setLinkLimit(ownerIdOf(caller), 2);
      await core.links.create(caller, { target: target(1) });
      await core.links.create(caller, { target: target(2) });
      const error = await core.links.create(caller, { target: target(3) }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(QuotaExceeded);
      expect((error as QuotaExceeded).limit).toBe(2);
    });

    it("refuses creates by an unknown or revoked partner with Forbidden", async () => {
      const caller = aPartnerCaller();
      await expect(core.links.create(caller, { target: target() })).rejects.toBeInstanceOf(Forbidden);
      await core.partners.create({ id: caller.partnerId, name: "Beta", contactEmail: "b@beta.test", planId: "pro", apiKeyId: caller.apiKeyId });
      await core.partners.setStatus(caller.partnerId, "revoked");
      await expect(core.links.create(caller, { target: target() })).rejects.toBeInstanceOf(Forbidden);
    });
  });
});
