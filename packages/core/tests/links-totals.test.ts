import { beforeAll, describe, expect, it } from "vitest";
import { createCore, type Core } from "../src/index";
import { aPartnerCaller, aUser, createTestCore, prefixedTableNames } from "../src/testing/index";
import { uniqueTablePrefix } from "./local-aws";

/** A core on the same tables whose clock the test sets. */
function coreAt(base: Core, prefix: string, time: string): Core {
  return createCore({ ...base.config, tableNames: prefixedTableNames(prefix), now: () => new Date(time) });
}

describe("link and click totals (admin dashboard)", () => {
  let core: Core;
  let prefix: string;

  beforeAll(async () => {
    prefix = uniqueTablePrefix("totals");
    core = await createTestCore(prefix);
  });

  it("is zero for an empty table", async () => {
    await expect(core.links.totals()).resolves.toEqual({ links: 0, clicks: 0, scanned: 0 });
  });

  it("counts every owner's live links and their clicks, across scan pages, leaving out expired links", async () => {
    const early = coreAt(core, prefix, "2030-01-01T10:00:00Z");
    const user = aUser();
    const partner = aPartnerCaller();
    await core.partners.create({ id: partner.partnerId, name: "Totals Co", contactEmail: "t@example.test", planId: "free", apiKeyId: partner.apiKeyId });
    const links = [
      await early.links.create(user, { target: "https://example.com/1" }),
      await early.links.create(user, { target: "https://example.com/2" }),
      await early.links.create(partner, { target: "https://example.com/3" }),
      await early.links.create(user, { target: "https://example.com/4", expiresAt: "2030-06-01T00:00:00Z" }),
    ];
    const expiring = await early.links.create(partner, { target: "https://example.com/5", expiresAt: "2030-01-02T00:00:00Z" });
    const clicks = [3, 0, 2, 1];
    for (const [i, link] of links.entries()) for (let n = 0; n < (clicks[i] ?? 0); n++) await early.links.resolve(link.code);
    await early.links.resolve(expiring.code);
    await early.links.resolve(expiring.code);

    await expect(early.links.totals()).resolves.toEqual({ links: 5, clicks: 8, scanned: 5 });
    // After the short link expired (still in the table: TTL deletion is lazy): neither it nor its clicks count.
    const later = coreAt(core, prefix, "2030-03-01T00:00:00Z");
    await expect(later.links.totals()).resolves.toEqual({ links: 4, clicks: 6, scanned: 5 });
    // Small pages give the same answer as DynamoDB's own 1 MB pages.
    await expect(later.links.totals({ pageSize: 2 })).resolves.toEqual({ links: 4, clicks: 6, scanned: 5 });
  });

  it("no longer counts a deleted link", async () => {
    const user = aUser();
    const before = await core.links.totals();
    const link = await core.links.create(user, { target: "https://example.com/gone" });
    await core.links.resolve(link.code);
    expect(await core.links.totals()).toMatchObject({ links: before.links + 1, clicks: before.clicks + 1 });
    await core.links.delete(user, link.code);
    expect(await core.links.totals()).toMatchObject({ links: before.links, clicks: before.clicks });
  });
});
